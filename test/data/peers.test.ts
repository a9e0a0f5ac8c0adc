// Where a body stands among its peers: quartiles (type 7), ranks (1 = highest, ties share a rank),
// per year and level, only over bodies whose rate is computed (a denominator under 5 is left out).
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/schema/body.ts';
import type { LegacyStatisticsRow, ReviewLitigation, TableRows } from '../../src/parser/index.ts';
import { quartiles, ranks, standingText } from '../../src/data/peerStats.ts';
import { type PeerReport, computePeers, peerGroup } from '../../src/data/peers.ts';
import { peersYearFiles, peersYearJson } from '../../src/data/peersJson.ts';
import { bodyPeersKeyPart } from '../../src/data/peersKey.ts';
import { buildCatalog } from '../../src/portal/catalog.ts';
import { reportEntry } from '../support/reportEntry.ts';

describe('quartiles', () => {
  it('interpolate linearly between the closest ranks (R, NumPy, QUARTILE.INC)', () => {
    expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
    expect(quartiles([5, 1, 4, 2, 3])).toEqual({ q1: 2, median: 3, q3: 4 });
    expect(quartiles([0.1, 0.1, 0.1, 0.9])).toEqual({ q1: 0.1, median: 0.1, q3: expect.closeTo(0.3, 10) });
  });

  it('are not given for fewer than 4 values', () => {
    expect(quartiles([])).toBeNull();
    expect(quartiles([0.5])).toBeNull();
    expect(quartiles([0.2, 0.4, 0.6])).toBeNull();
  });
});

describe('ranks', () => {
  it('give 1 to the highest and share a rank among equal values (1, 2, 2, 4)', () => {
    expect(ranks([0.5, 0.9, 0.5, 0.1])).toEqual([2, 1, 2, 4]);
    expect(ranks([0.3, 0.3, 0.3])).toEqual([1, 1, 1]);
    expect(ranks([0.7])).toEqual([1]);
    expect(ranks([])).toEqual([]);
  });
});

describe('standing in words', () => {
  const q = { q1: 0.2, median: 0.5, q3: 0.8 };
  it('places a value against the quartiles', () => {
    expect(standingText(0.9, q)).toBe('高于四分之三的同级机关');
    expect(standingText(0.8, q)).toBe('高于一半的同级机关');
    expect(standingText(0.5, q)).toBe('与同级机关的中位数持平');
    expect(standingText(0.2, q)).toBe('低于一半的同级机关');
    expect(standingText(0.1, q)).toBe('低于四分之三的同级机关');
  });
});

/** A 2021-format report with 予以公开 `granted` of `processed` (总计 column) and no table 4. */
function report(
  id: string,
  slug: string,
  level: Level | null,
  year: number | null,
  granted: number | null,
  processed: number | null,
): PeerReport {
  const applications: TableRows = {
    granted: { total: granted },
    partiallyGranted: { total: 0 },
    processedTotal: { total: processed },
  };
  return { id, year, body: { slug, level }, data: { format: '2021', applications, reviewLitigation: null, legacyStatistics: null } };
}

/** Six county bodies of 2022: 0.9, 0.5, 0.5 (a tie), 0.1, one on a denominator under 5, one unknown. */
function county(): PeerReport[] {
  return [
    report('a-2022', 'a', 'county', 2022, 9, 10),
    report('b-2022', 'b', 'county', 2022, 5, 10),
    report('c-2022', 'c', 'county', 2022, 5, 10),
    report('d-2022', 'd', 'county', 2022, 1, 10),
    report('e-2022', 'e', 'county', 2022, 4, 4),
    report('f-2022', 'f', 'county', 2022, null, 10),
  ];
}

describe('computePeers', () => {
  const county6 = county();

  it('ranks the bodies of a level and year with the rate, and gives their quartiles', () => {
    const peers = computePeers(county6);
    const rank = (id: string) => peers.byReport.get(id)?.positions.disclosure?.rank;
    expect(['a-2022', 'b-2022', 'c-2022', 'd-2022'].map(rank)).toEqual([1, 2, 2, 4]);
    const group = peerGroup(peers, 2022, 'county', 'disclosure');
    expect(group).toMatchObject({ count: 4 });
    expect(group?.quartiles?.q1).toBeCloseTo(0.4);
    expect(group?.quartiles?.median).toBeCloseTo(0.5);
    expect(group?.quartiles?.q3).toBeCloseTo(0.6);
  });

  it('leaves out a rate on a denominator under 5 and an unknown one', () => {
    const peers = computePeers(county6);
    expect(peers.byReport.get('e-2022')?.rates.disclosure.status).toBe('small');
    expect(peers.byReport.get('e-2022')?.positions.disclosure).toBeUndefined();
    expect(peers.byReport.get('f-2022')?.positions.disclosure).toBeUndefined();
    // No table 4: no correction rate, so no group for it.
    expect(peerGroup(peers, 2022, 'county', 'reviewCorrection')).toBeUndefined();
  });

  it('compares only within one level and one year; fewer than 4 get ranks but no quartiles', () => {
    const peers = computePeers([
      ...county6,
      report('g-2022', 'g', 'city', 2022, 2, 10),
      report('h-2022', 'h', 'city', 2022, 8, 10),
      report('a-2021', 'a', 'county', 2021, 1, 10),
    ]);
    expect(peerGroup(peers, 2022, 'county', 'disclosure')?.count).toBe(4);
    expect(peerGroup(peers, 2022, 'city', 'disclosure')).toMatchObject({ count: 2, quartiles: null });
    expect(peers.byReport.get('g-2022')?.positions.disclosure?.rank).toBe(2);
    expect(peers.byReport.get('a-2021')?.positions.disclosure).toMatchObject({ rank: 1, group: { count: 1, quartiles: null } });
  });

  it('ranks no body without a level or a year, and a body once per year', () => {
    const peers = computePeers([
      report('x-2022', 'x', null, 2022, 5, 10),
      report('y-unknown', 'y', 'county', null, 5, 10),
      report('z-2022', 'z', 'county', 2022, 5, 10),
      report('z-2022-copy', 'z', 'county', 2022, 9, 10),
    ]);
    expect([...peers.byReport.keys()]).toEqual(['z-2022']);
    expect(peerGroup(peers, 2022, 'county', 'disclosure')?.count).toBe(1);
  });

  it('reads 实质公开率 of a legacy 统计表 from the harmonised series; correction rates from table 4', () => {
    const row = (indicator: string, value: number, line: number): LegacyStatisticsRow => ({ indicator, unit: '件', value, level: 1, line });
    const legacy: PeerReport = {
      id: 'l-2015',
      year: 2015,
      body: { slug: 'l', level: 'county' },
      data: {
        format: 'legacy',
        applications: null,
        reviewLitigation: null,
        legacyStatistics: [row('对申请的答复数', 20, 1), row('同意公开答复数', 10, 2), row('同意部分公开答复数', 5, 3)],
      },
    };
    const group = (corrected: number, total: number) => ({ upheld: 0, corrected, other: 0, pending: 0, total });
    const rl: ReviewLitigation = { review: group(2, 8), litigationDirect: group(1, 3), litigationAfterReview: group(0, 1) };
    const plain = report('m-2022', 'm', 'county', 2022, 5, 10);
    const modern: PeerReport = { ...plain, data: { ...plain.data, reviewLitigation: rl } };
    const peers = computePeers([legacy, modern]);
    expect(peers.byReport.get('l-2015')?.positions.disclosure?.value).toBeCloseTo(0.75);
    expect(peers.byReport.get('m-2022')?.positions.reviewCorrection?.value).toBeCloseTo(0.25);
    // 直接起诉 3 + 复议后起诉 1 = 4 < 5: no litigation rate.
    expect(peers.byReport.get('m-2022')?.rates.litigationCorrection.status).toBe('small');
  });

  it('does not depend on the order of the reports', () => {
    expect(computePeers([...county6].reverse())).toEqual(computePeers(county6));
  });
});

describe('the per-year file', () => {
  it('holds each level’s count and quartiles and each ranked report’s ranks, for its year only', () => {
    const peers = computePeers([...county(), report('a-2021', 'a', 'county', 2021, 1, 10)]);
    const doc = peersYearJson(peers, 2022);
    expect(doc.groups.county?.disclosure).toMatchObject({ count: 4 });
    expect(doc.reports['c-2022']).toEqual({ level: 'county', ranks: { disclosure: 2 } });
    expect(doc.reports['e-2022']).toBeUndefined();
    expect(doc.reports['a-2021']).toBeUndefined();
  });

  it('is made for every year of the site, an empty one where no body has a rate (the compare page asks for it)', () => {
    // 2015: a denominator under 5 and an unknown one.
    const reports = [...county(), report('a-2015', 'a', 'county', 2015, 0, 0), report('b-2015', 'b', 'county', 2015, null, null)];
    const files = peersYearFiles({ reports, years: [2022, 2015] });
    expect(files.map((f) => f.year)).toEqual([2022, 2015]);
    expect(files[0]?.groups.county?.disclosure).toMatchObject({ count: 4 });
    expect(files[1]).toMatchObject({ year: 2015, groups: {}, reports: {} });
  });
});

describe('the body page’s cache-key part', () => {
  const registry = ['a', 'b', 'c'].map((slug) => ({
    slug,
    name: `${slug}县人民政府`,
    aliases: [],
    level: 'county' as const,
    region: ['宁夏回族自治区', `${slug}县`],
  }));
  const entry = (slug: string, granted: number, digest: string) =>
    reportEntry(
      `${slug}-2022`,
      {
        agency: `${slug}县人民政府`,
        year: 2022,
        applications: { granted: { total: granted }, partiallyGranted: { total: 0 }, processedTotal: { total: 10 } },
      },
      digest,
    );
  const keyOfA = (bGranted: number) => {
    const catalog = buildCatalog(
      [entry('a', 6, 'da'), entry('b', bGranted, `db${bGranted}`), entry('c', 2, 'dc')],
      registry,
      '宁夏回族自治区',
    );
    return JSON.stringify(
      bodyPeersKeyPart(
        catalog.bodies.find((b) => b.slug === 'a')!,
        catalog.reports,
      ),
    );
  };

  it('changes when another body’s report of the level and year moves the body’s rank', () => {
    expect(keyOfA(9)).not.toBe(keyOfA(1));
  });

  it('stays when another body’s report changes nothing the page shows', () => {
    // b from 0.8 to 0.9: still above a, a still 2nd of 3; fewer than 4 bodies, so no quartiles.
    expect(keyOfA(9)).toBe(keyOfA(8));
  });
});

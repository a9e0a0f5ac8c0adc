// The catalog decides which body a report belongs to, orders its years and checks the carry-over
// between consecutive years. These tests build it from small hand-made reports.
import { describe, expect, it } from 'vitest';
import { buildCatalog, regionTrail, type ReportEntry } from '../../src/portal/catalog.ts';
import type { Body } from '../../src/schema/body.ts';
import { applicantsRow as row, reportEntry } from '../support/reportEntry.ts';

const registry: Body[] = [
  { slug: 'wuzhong', name: '吴忠市人民政府办公室', aliases: ['吴忠市'], level: 'city', region: ['宁夏回族自治区', '吴忠市'] },
  { slug: 'litong', name: '吴忠市利通区人民政府', aliases: ['利通区'], level: 'county', region: ['宁夏回族自治区', '吴忠市', '利通区'] },
];

function report(id: string, body: string | null, year: number | null, carriedOver = row(0, 0), carriedForward = row(0, 0)): ReportEntry {
  return reportEntry(id, { agency: body, year, applications: { carriedOver, carriedForward } });
}

describe('buildCatalog', () => {
  it('puts a report signed with an alias under the registered body', () => {
    const c = buildCatalog(
      [report('a/wz-2017', '吴忠市', 2017), report('a/wz-2021', '吴忠市人民政府办公室', 2021)],
      registry,
      '宁夏回族自治区',
    );
    const wuzhong = c.bodies.find((a) => a.slug === 'wuzhong');
    expect(wuzhong?.reports.map((r) => r.year)).toEqual([2017, 2021]);
    expect(c.bodies).toHaveLength(1);
  });

  it('gives an unregistered body a slug from the pinyin of its name and no region', () => {
    const c = buildCatalog([report('b/x-2025', '沐阳县人民政府', 2025)], registry, '宁夏回族自治区');
    expect(c.bodies[0]?.slug).toBe('mu-yang-xian-ren-min-zheng-fu');
    expect(c.bodies[0]?.registered).toBe(false);
    expect(c.unplaced.map((a) => a.name)).toEqual(['沐阳县人民政府']);
  });

  it('still lists a report that names no body, as 未知机关 and never under its path', () => {
    const c = buildCatalog([report('c/b-2021', null, 2021), report('c/a-2022', null, 2022)], registry, '宁夏回族自治区');
    expect(c.reports).toHaveLength(2);
    // Each is a body of its own: nothing says the two are one body.
    expect(
      c.bodies.map((b) => [b.name, b.slug, b.reports.map((r) => r.id)]).sort((x, y) => String(x[1]).localeCompare(String(y[1]))),
    ).toEqual([
      ['未知机关', 'unknown-1', ['c/a-2022']],
      ['未知机关', 'unknown-2', ['c/b-2021']],
    ]);
    expect(c.reports.map((r) => r.bodyFrom)).toEqual(['unknown', 'unknown']);
    expect(c.unplaced).toHaveLength(2);
  });

  it('puts a report that names no body under the one registered body of its folder, if it has no report of that year', () => {
    const c = buildCatalog(
      [report('l/2021', '利通区', 2021), report('l/x-2022', null, 2022), report('l/y-2021', null, 2021), report('m/z', null, 2022)],
      registry,
      '宁夏回族自治区',
    );
    const by = (id: string) => c.reports.find((r) => r.id === id);
    expect([by('l/x-2022')?.body.slug, by('l/x-2022')?.bodyFrom]).toEqual(['litong', 'folder']);
    // 2021 is taken: a second report of that year is not put in the same body.
    expect([by('l/y-2021')?.body.name, by('l/y-2021')?.bodyFrom]).toEqual(['未知机关', 'unknown']);
    expect(by('m/z')?.bodyFrom).toBe('unknown');
    // Two registered bodies in one folder: neither is guessed.
    const two = buildCatalog(
      [report('w/a', '利通区', 2021), report('w/b', '吴忠市', 2021), report('w/c', null, 2022)],
      registry,
      '宁夏回族自治区',
    );
    expect(two.reports.find((r) => r.id === 'w/c')?.bodyFrom).toBe('unknown');
  });

  it('links each report to the same body’s previous and next year', () => {
    const c = buildCatalog(
      [report('l/2023', '利通区', 2023), report('l/2021', '利通区', 2021), report('l/2022', '利通区', 2022)],
      registry,
      '宁夏回族自治区',
    );
    const y2022 = c.reports.find((r) => r.year === 2022);
    expect(y2022?.previous?.year).toBe(2021);
    expect(y2022?.next?.year).toBe(2023);
    expect(c.years).toEqual([2023, 2022, 2021]);
  });

  it('checks this year’s carried-over against last year’s carried-forward, column by column', () => {
    const c = buildCatalog(
      [report('l/2021', '利通区', 2021, row(0, 0), row(3, 3)), report('l/2022', '利通区', 2022, row(2, 2), row(0, 0))],
      registry,
      '宁夏回族自治区',
    );
    const checks = c.reports.find((r) => r.year === 2022)?.crossYear ?? [];
    const total = checks.find((x) => x.rule === 'crossYear.carryOver' && x.subject === 'total');
    expect(total).toMatchObject({ status: 'fail', expected: 3, actual: 2 });
    const other = checks.find((x) => x.rule === 'crossYear.carryOver' && x.subject === 'commercialEnterprise');
    expect(other?.status).toBe('pass');
  });

  it('does not compare years that are not consecutive, and calls an unknown cell uncheckable', () => {
    const c = buildCatalog(
      [
        report('l/2019', '利通区', 2019, row(0, 0), row(1, 1)),
        report('l/2021', '利通区', 2021, row(null, 1), row(0, 0)),
        report('l/2020', '利通区', 2020, row(0, 0), row(1, 1)),
      ],
      registry,
      '宁夏回族自治区',
    );
    const y2021 = c.reports.find((r) => r.year === 2021)?.crossYear ?? [];
    expect(y2021.find((x) => x.subject === 'naturalPerson')?.status).toBe('uncheckable');
    const gap = buildCatalog([report('l/2019', '利通区', 2019), report('l/2021', '利通区', 2021)], registry, '宁夏回族自治区');
    expect(gap.reports.every((r) => r.crossYear.filter((x) => x.rule.startsWith('crossYear.')).length === 0)).toBe(true);
    // The evaluators' rules against the year before cannot be checked without it.
    expect(gap.reports.every((r) => r.crossYear.every((x) => x.status === 'uncheckable'))).toBe(true);
    expect(gap.reports[0]?.crossYear.map((x) => x.rule).sort()).toEqual([
      'data.repeated',
      'outlier.yearOverYear',
      'similarity.previousYear',
    ]);
  });

  it('builds the region tree below the root region', () => {
    const c = buildCatalog([report('a/wz', '吴忠市', 2021), report('l/lt', '利通区', 2021)], registry, '宁夏回族自治区');
    expect(c.regions.children.map((r) => r.name)).toEqual(['吴忠市']);
    expect(c.regions.children[0]?.children.map((r) => r.name)).toEqual(['利通区']);
    expect(c.regions.children[0]?.bodies.map((a) => a.slug)).toEqual(['wuzhong']);
    expect(regionTrail(['宁夏回族自治区', '吴忠市', '利通区'], '宁夏回族自治区').map((s) => s.slugPath.join('/'))).toEqual([
      '',
      'wuzhongshi',
      'wuzhongshi/litongqu',
    ]);
  });
});

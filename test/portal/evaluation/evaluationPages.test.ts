// The evaluation quality pages: counts per year and first-level region, the flagged reports listed.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/portal/catalog.ts';
import {
  evaluationCounts,
  evaluationPages,
  evaluationPath,
  flaggedReports,
  regionScopes,
} from '../../../src/portal/evaluation/evaluationPages.ts';
import { COPIED_RULE, reportFlags } from '../../../src/portal/evaluation/reportFlags.ts';
import type { Body } from '../../../src/schema/body.ts';
import { applicantsRow, reportEntry } from '../../support/reportEntry.ts';

const registry: Body[] = [
  { slug: 'wuzhong', name: '吴忠市人民政府', aliases: [], level: 'city', region: ['宁夏回族自治区', '吴忠市'] },
  { slug: 'litong', name: '利通区人民政府', aliases: [], level: 'county', region: ['宁夏回族自治区', '吴忠市', '利通区'] },
  { slug: 'yinchuan-jiaoyu', name: '银川市教育局', aliases: [], level: 'department', region: ['宁夏回族自治区', '银川市'] },
];
const tables = (n: number) => ({
  applications: { received: applicantsRow(n), granted: applicantsRow(n + 1), processedTotal: applicantsRow(n * 2) },
});
const catalog = buildCatalog(
  [
    reportEntry('wz-2021', { agency: '吴忠市人民政府', year: 2021, publishedOn: '2022-03-01', ...tables(30) }),
    // Late, and its tables are last year's.
    reportEntry('wz-2022', { agency: '吴忠市人民政府', year: 2022, publishedOn: '2023-04-02', ...tables(30) }),
    reportEntry('lt-2022', { agency: '利通区人民政府', year: 2022, publishedOn: null, ...tables(5) }),
    reportEntry('yc-2021', { agency: '银川市教育局', year: 2021, publishedOn: '2022-01-20', ...tables(25) }),
    // On time; 新收 from 25 to 200: a question.
    reportEntry('yc-2022', { agency: '银川市教育局', year: 2022, publishedOn: '2023-01-31', ...tables(200) }),
    reportEntry('x-2022', { agency: '某某局', year: 2022, publishedOn: '2023-01-01' }),
  ],
  registry,
  '宁夏回族自治区',
);
const byId = (id: string) => catalog.reports.find((r) => r.id === id)!;

describe('evaluation pages', () => {
  it('reads each report’s flags', () => {
    expect(reportFlags(byId('wz-2022'))).toMatchObject({ timeliness: { kind: 'late', days: 2 }, deadline: '2023-03-31' });
    expect(reportFlags(byId('wz-2022')).repeated?.rule).toBe('data.repeated');
    expect(reportFlags(byId('yc-2022')).outliers.map((c) => c.subject)).toContain('received');
    expect(reportFlags(byId('lt-2022')).timeliness.kind).toBe('unknown');
    expect(reportFlags(byId('x-2022')).timeliness.kind).toBe('unknown');
  });

  it('counts a year’s reports, and by first-level region with the unregistered apart', () => {
    expect(evaluationCounts(catalog.reports.filter((r) => r.year === 2022))).toEqual({
      reports: 4,
      onTime: 1,
      late: 1,
      unknown: 2,
      repeated: 1,
      outliers: 1,
      copied: 0,
    });
    const scopes = regionScopes(catalog, 2022);
    expect(scopes.map((s) => [s.name, s.reports.map((r) => r.id).sort()])).toEqual([
      ['吴忠市', ['lt-2022', 'wz-2022']],
      ['银川市', ['yc-2022']],
      ['未登记地区', ['x-2022']],
    ]);
    expect(flaggedReports(scopes[0]!).map((r) => r.id)).toEqual(['wz-2022']);
  });

  it('lists a copied text by its rule code (similarity.previousYear) once that rule runs', () => {
    const r = { ...byId('lt-2022') };
    r.crossYear = [
      ...r.crossYear,
      { rule: COPIED_RULE, subject: null, status: 'fail', expected: 0.9, actual: 0.97, cells: [], message: '与上年雷同' },
    ];
    expect(reportFlags(r).copied?.actual).toBe(0.97);
    const own = { ...byId('lt-2022'), data: { ...byId('lt-2022').data, checks: r.crossYear.slice(-1) } };
    expect(reportFlags(own).copied?.actual).toBe(0.97);
  });

  it('makes an index page, a page per year and one per region of a year with something to list', () => {
    const paths = evaluationPages(catalog).map((p) =>
      evaluationPath(p.kind === 'region' ? { kind: 'region', year: p.year, slug: p.region.slug, number: p.page.number } : p),
    );
    expect(paths).toContain('evaluation/');
    expect(paths).toContain('evaluation/2022/');
    // Only a region with a flagged report has a page: 吴忠市 (late, repeated) and 银川市 (a jump), not the unregistered.
    expect(paths.filter((p) => p.startsWith('evaluation/2022/') && p !== 'evaluation/2022/')).toHaveLength(2);
    expect(paths).not.toContain('evaluation/2022/unplaced/');
    expect(new Set(paths).size).toBe(paths.length);
  });
});

// The data-quality view: counts per report (own and cross-year checks), the static orders and
// filters, links to the cells of a failing check, and the reports the registered bodies owe.
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/parser/index.ts';
import { buildCatalog, type ReportEntry } from '../../src/portal/catalog.ts';
import {
  FAILING_PAGE_BYTES,
  QUALITY_PAGE_SIZE,
  failingRowBytes,
  filterRows,
  qualityPages,
  qualityPath,
  qualityRow,
  sortRows,
} from '../../src/portal/quality.ts';
import { paginate, paginateByWeight, pagePath } from '../../src/portal/paging.ts';
import { cellAnchor, cellLabel } from '../../src/portal/cellLinks.ts';
import { expectedReports, portalYearRange, yearList } from '../../src/portal/expectedReports.ts';
import type { Body } from '../../src/schema/body.ts';
import { applicantsRow, reportEntry } from '../support/reportEntry.ts';

const registry: Body[] = [
  { slug: 'a', name: '甲县人民政府', aliases: [], level: 'county', region: ['某省', '甲县'] },
  { slug: 'b', name: '乙县人民政府', aliases: [], level: 'county', region: ['某省', '乙县'] },
  { slug: 'c', name: '丙县人民政府', aliases: [], level: 'county', region: ['某省', '丙县'] },
];

const check = (rule: string, status: Check['status'], cells: string[] = []): Check => ({
  rule,
  subject: null,
  status,
  expected: 1,
  actual: 2,
  cells,
  message: rule,
});

function entry(id: string, body: string, year: number, checks: Check[], carriedOver = 0, carriedForward = 0): ReportEntry {
  const applications = { carriedOver: applicantsRow(carriedOver), carriedForward: { ...applicantsRow(carriedForward), total: null } };
  return reportEntry(id, { agency: body, year, applications, checks });
}

const catalog = buildCatalog(
  [
    entry('a-2021', '甲县人民政府', 2021, [
      check('applications.balance', 'pass'),
      check('applications.outcomes', 'fail', ['applications.granted.naturalPerson', 'applications.processedTotal.naturalPerson']),
    ]),
    entry('a-2022', '甲县人民政府', 2022, [check('applications.balance', 'pass')], 5, 0),
    entry('b-2022', '乙县人民政府', 2022, [check('applications.balance', 'uncheckable'), check('counts.nonNegativeInteger', 'pass')]),
  ],
  registry,
  '某省',
);
const rows = catalog.reports.map(qualityRow);
const byId = (id: string) => rows.find((r) => r.report.id === id);

describe('qualityRow', () => {
  it('counts a report’s own checks and its cross-year checks together', () => {
    // a-2022: its balance passes; carry-over from 2021 fails for naturalPerson (0 → 5), passes for the
    // other five applicant columns, and cannot be checked for the total (2021's total is unknown).
    // The evaluators' rules (similarity.previousYear among them) are counted on the evaluation pages.
    expect(byId('a-2022')).toMatchObject({ pass: 1 + 5, fail: 1, uncheckable: 1 });
    expect(byId('a-2022')?.crossYearFailing.map((c) => c.subject)).toEqual(['naturalPerson']);
    expect(byId('a-2022')?.failing).toEqual([]);
  });

  it('keeps the report’s own failed rules apart from the cross-year ones', () => {
    expect(byId('a-2021')?.failing.map((c) => c.rule)).toEqual(['applications.outcomes']);
    expect(byId('a-2021')?.crossYearFailing).toEqual([]);
  });

  it('counts unknown cells as lost, never as zero', () => {
    expect(byId('a-2021')?.unknownCells).toBe(1);
  });
});

describe('orders and filters', () => {
  it('sorts by body name and newest year first by default', () => {
    expect(sortRows(rows, null).map((r) => r.report.id)).toEqual(['a-2022', 'a-2021', 'b-2022']);
  });

  it('sorts by a count, most first', () => {
    expect(sortRows(rows, 'uncheckable').map((r) => r.report.id)[0]).toBe('a-2022');
    expect(sortRows(rows, 'fail').map((r) => r[`fail`])).toEqual([1, 1, 0]);
  });

  it('filters to the reports with a failed rule, or to one year', () => {
    expect(
      filterRows(rows, { kind: 'failing' })
        .map((r) => r.report.id)
        .sort(),
    ).toEqual(['a-2021', 'a-2022']);
    expect(
      filterRows(rows, { kind: 'year', year: 2022 })
        .map((r) => r.report.id)
        .sort(),
    ).toEqual(['a-2022', 'b-2022']);
  });

  it('gives every filter and order a page of its own', () => {
    const pages = qualityPages(rows, [2022, 2021]).map(({ filter, sort, page }) => qualityPath(filter, sort, page.number));
    expect(pages).toHaveLength(4 * 5);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toContain('');
    expect(pages).toContain('by-fail/');
    expect(pages).toContain('only-failing/');
    expect(pages).toContain('only-failing/by-unknownCells/');
    expect(pages).toContain('2021/by-pass/');
  });
});

describe('pages of a long list', () => {
  it('cuts a scope into pages of a fixed size, a ranking into its first page only, page 1 at the plain address', () => {
    const many = Array.from({ length: QUALITY_PAGE_SIZE * 2 + 1 }, () => byId('b-2022')!);
    const pages = qualityPages(many, []);
    const all = pages.filter((p) => p.filter.kind === 'all');
    expect(all.filter((p) => p.sort === null).map((p) => p.page.count)).toEqual([3, 3, 3]);
    expect(all.filter((p) => p.sort !== null)).toHaveLength(4);
    expect(all.filter((p) => p.sort === 'fail').map((p) => [p.page.rows.length, p.page.count])).toEqual([[QUALITY_PAGE_SIZE, 1]]);
    const paths = pages.map(({ filter, sort, page }) => qualityPath(filter, sort, page.number));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('');
    expect(paths).toContain('page-3/');
    expect(paths).toContain('by-fail/');
    expect(paths).not.toContain('by-fail/page-2/');
    expect(paths).not.toContain('page-4/');
    // None of them fails: the failing scope is one empty page per order.
    expect(paths).toContain('only-failing/');
    expect(paths).not.toContain('only-failing/page-2/');
  });

  it('cuts the failing reports, which carry their failures, by size', () => {
    const failing = byId('a-2021')!;
    const perPage = Math.floor(FAILING_PAGE_BYTES / failingRowBytes(failing));
    const pages = qualityPages(
      Array.from({ length: perPage + 1 }, () => failing),
      [],
    ).filter((p) => p.filter.kind === 'failing' && p.sort === null);
    expect(pages.map((p) => qualityPath(p.filter, p.sort, p.page.number))).toEqual(['only-failing/', 'only-failing/page-2/']);
    expect(pages.map((p) => p.page.rows.length)).toEqual([perPage, 1]);
    // A report with more failures and more cells weighs more.
    expect(failingRowBytes(failing)).toBeGreaterThan(failingRowBytes(byId('b-2022')!));
  });

  it('fills pages by weight up to the budget, a row over it alone on its page', () => {
    const pages = paginateByWeight([3, 3, 3, 9, 1, 1], (n) => n, 6);
    expect(pages.map((p) => p.rows)).toEqual([[3, 3], [3], [9], [1, 1]]);
    expect(pages.map((p) => p.offset)).toEqual([0, 2, 3, 4]);
    expect(pages.every((p) => p.count === 4)).toBe(true);
    expect(paginateByWeight([], () => 1, 6)).toEqual([{ number: 1, count: 1, rows: [], offset: 0 }]);
  });

  it('splits a list into pages holding every row once, in order', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.rows)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count, p.offset])).toEqual([
      [1, 3, 0],
      [2, 3, 2],
      [3, 3, 4],
    ]);
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, rows: [], offset: 0 }]);
    expect(pagePath(1)).toBe('');
    expect(pagePath(2)).toBe('page-2/');
    expect(() => paginate([1], 0)).toThrow();
  });
});

describe('cell links', () => {
  it('links a cell path to the report page’s cell id', () => {
    expect(cellAnchor('applications.granted.naturalPerson')).toBe('cell-applications-granted-naturalPerson');
    expect(cellAnchor('applications.denied.stateSecret.total')).toBe('cell-applications-denied-stateSecret-total');
  });

  it('names a cell the way the table prints it', () => {
    expect(cellLabel('applications.granted.naturalPerson', '2021')).toBe('表三 （一）予以公开 · 自然人');
    expect(cellLabel('reviewLitigation.review.total', '2021')).toBe('表四 行政复议 · 总计');
    expect(cellLabel('proactive.normativeDocuments.inForce', '2021')).toBe('表二 行政规范性文件 · 现行有效件数');
  });
});

describe('expected against received', () => {
  it('runs from the earliest to the latest report year unless configured', () => {
    expect(portalYearRange([2022, 2019, 2021], { from: null, to: null })).toEqual({ from: 2019, to: 2022 });
    expect(portalYearRange([2022, 2019], { from: 2020, to: null })).toEqual({ from: 2020, to: 2022 });
    expect(portalYearRange([], { from: null, to: null })).toBeNull();
    expect(portalYearRange([2019], { from: 2021, to: 2020 })).toBeNull();
  });

  it('lists for every registered body the years it has and the years it lacks, a body with no report included', () => {
    const coverage = expectedReports(registry, catalog, { from: 2020, to: 2022 });
    expect(coverage.map((c) => [c.body.slug, c.present, c.missing])).toEqual([
      ['a', [2021, 2022], [2020]],
      ['b', [2022], [2020, 2021]],
      ['c', [], [2020, 2021, 2022]],
    ]);
    expect(coverage[2]?.catalogBody).toBeNull();
  });

  it('writes runs of years as ranges', () => {
    expect(yearList([2017, 2018, 2019, 2021])).toBe('2017—2019、2021 年');
    expect(yearList([2020])).toBe('2020 年');
  });
});

// The data-quality view: for every report, how its checks came out (its own and the cross-year
// ones) and how many cells were lost; the static orders and filters the quality pages offer.
import type { Check } from '../parser/index.ts';
import type { CatalogReport } from './catalog.ts';
import { checkCounts } from './figures.ts';
import { type Page, pagePath, paginate, paginateByWeight, topPageOnly } from './paging.ts';
import { urls } from './urls.ts';

export interface QualityRow {
  report: CatalogReport;
  pass: number;
  fail: number;
  uncheckable: number;
  /** Cells the parser could not read (unknown, not 0). */
  unknownCells: number;
  /** The report's own rules that its figures break. */
  failing: Check[];
  /** crossYear.* rules broken against the same body's previous year. */
  crossYearFailing: Check[];
}

const rowOf = new WeakMap<CatalogReport, QualityRow>();

/** Once per report: every quality page shows the same rows in other orders and selections. */
export function qualityRow(report: CatalogReport): QualityRow {
  let row = rowOf.get(report);
  if (!row) rowOf.set(report, (row = computeQualityRow(report)));
  return row;
}

/**
 * The arithmetic view: the report's own rules and the crossYear.* ones. The evaluators' rules
 * (timeliness, repeated tables, jumps) have pages of their own (src/portal/evaluation/evaluationPages.ts).
 */
function computeQualityRow(report: CatalogReport): QualityRow {
  const own = checkCounts(report.data);
  const linking = report.crossYear.filter((c) => c.rule.startsWith('crossYear.'));
  const cross = (s: Check['status']) => linking.filter((c) => c.status === s).length;
  return {
    report,
    pass: own.pass + cross('pass'),
    fail: own.fail + cross('fail'),
    uncheckable: own.uncheckable + cross('uncheckable'),
    unknownCells: own.unknownCells,
    failing: report.data.checks.filter((c) => c.status === 'fail'),
    crossYearFailing: linking.filter((c) => c.status === 'fail'),
  };
}

/** The orders of the quality table, each a static page: most first. */
export const QUALITY_SORTS = ['fail', 'uncheckable', 'unknownCells', 'pass'] as const;
export type QualitySort = (typeof QUALITY_SORTS)[number];

export const QUALITY_SORT_LABELS: Record<QualitySort, string> = {
  fail: '不符',
  uncheckable: '无法核对',
  unknownCells: '未能读取的格',
  pass: '相符',
};

/** A filter of the quality table: every report, only those with a failed rule, or one year. */
export type QualityFilter = { kind: 'all' } | { kind: 'failing' } | { kind: 'year'; year: number };

const collator = new Intl.Collator('zh-CN');

/** By body, then newest year first; or by a count, most first, ties by body. */
export function sortRows(rows: QualityRow[], sort: QualitySort | null): QualityRow[] {
  const byBody = (a: QualityRow, b: QualityRow) =>
    collator.compare(a.report.body.name, b.report.body.name) ||
    (b.report.year ?? 0) - (a.report.year ?? 0) ||
    a.report.id.localeCompare(b.report.id);
  return [...rows].sort((a, b) => (sort ? b[sort] - a[sort] : 0) || byBody(a, b));
}

export function filterRows(rows: QualityRow[], filter: QualityFilter): QualityRow[] {
  if (filter.kind === 'failing') return rows.filter((r) => r.fail > 0);
  if (filter.kind === 'year') return rows.filter((r) => r.report.year === filter.year);
  return rows;
}

/**
 * Rows per quality page. A table row is about 420 bytes of HTML, so 200 rows stay near 100 KB (the
 * first page of a scope adds the missing reports, some 75 KB at 10,000 reports).
 */
export const QUALITY_PAGE_SIZE = 200;
/**
 * The failing reports carry their failures' details, from 1 to over 9 KB a report (a row total
 * links its seven cells): their pages are cut by size, at about this many bytes of HTML.
 */
export const FAILING_PAGE_BYTES = 120_000;

/** About how many bytes of HTML a failing report takes: its table row and its failures with their cell links. */
export function failingRowBytes(row: QualityRow): number {
  const link = urls.report(row.report.id).length + 20;
  const checks = [...row.failing, ...row.crossYearFailing];
  return 450 + link * 2 + checks.reduce((n, c) => n + 80 + c.rule.length + c.message.length * 3 + new Set(c.cells).size * (link + 90), 0);
}

/** One scope in one order cut into pages: by count, or by size for the failing reports. */
export function qualityScopePages(rows: QualityRow[], filter: QualityFilter, sort: QualitySort | null): Page<QualityRow>[] {
  const sorted = sortRows(filterRows(rows, filter), sort);
  return filter.kind === 'failing' ? paginateByWeight(sorted, failingRowBytes, FAILING_PAGE_BYTES) : paginate(sorted, QUALITY_PAGE_SIZE);
}

/** The page's address below /quality/: `only-failing/by-fail/`, `2021/`, `by-fail/page-2/`, `` for the first page. */
export function qualityPath(filter: QualityFilter, sort: QualitySort | null, page = 1): string {
  const parts = [
    filter.kind === 'failing' ? 'only-failing' : filter.kind === 'year' ? String(filter.year) : null,
    sort ? `by-${sort}` : null,
  ];
  return (
    parts
      .filter((p) => p !== null)
      .map((p) => `${p}/`)
      .join('') + pagePath(page)
  );
}

/** Every filter and order, each in as many pages as its rows need, for the static pages. */
export function qualityPages(
  rows: QualityRow[],
  years: number[],
): { filter: QualityFilter; sort: QualitySort | null; page: Page<QualityRow> }[] {
  const filters: QualityFilter[] = [{ kind: 'all' }, { kind: 'failing' }, ...years.map((year): QualityFilter => ({ kind: 'year', year }))];
  return filters.flatMap((filter) =>
    [null, ...QUALITY_SORTS].flatMap((sort) => {
      const pages = qualityScopePages(rows, filter, sort);
      // A ranking shows its first page; the failing reports keep every page in every order (few, and each with its details).
      return (sort !== null && filter.kind !== 'failing' ? topPageOnly(pages) : pages).map((page) => ({ filter, sort, page }));
    }),
  );
}

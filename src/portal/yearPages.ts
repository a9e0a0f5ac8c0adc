// The pages of a year's summary: its reports by body name or by a key figure (largest first, unknown
// last: unknown is not zero), each order cut into pages of YEAR_PAGE_SIZE reports. Each page gets its
// own rows and the whole year, for the totals.
import type { CatalogReport } from './catalog.ts';
import { SORTABLE_FIGURES, keyFigures, type KeyFigures } from './figures.ts';
import { type Page, YEAR_PAGE_SIZE, pagePath, paginate, topPageOnly } from './paging.ts';

export type YearSort = keyof KeyFigures;

export interface YearPage {
  year: number;
  sort: YearSort | null;
  page: Page<CatalogReport>;
  /** Every report of the year, for the totals row. */
  yearReports: CatalogReport[];
}

const collator = new Intl.Collator('zh-CN');

/** The year's reports by body name, or by a figure, largest first, unknown last, ties by body name. */
export function yearOrder(reports: readonly CatalogReport[], year: number, sort: YearSort | null): CatalogReport[] {
  const byName = reports.filter((r) => r.year === year).sort((a, b) => collator.compare(a.body.name, b.body.name));
  if (!sort) return byName;
  const value = new Map(byName.map((r) => [r, keyFigures(r.data)[sort] ?? -Infinity]));
  return byName.sort((a, b) => {
    const [x, y] = [value.get(a)!, value.get(b)!];
    return x === y ? 0 : y - x;
  });
}

/** The page's address below /years/: `2021/`, `2021/by-received/page-2/`. */
export function yearPath(year: number, sort: YearSort | null, page = 1): string {
  return `${year}/${sort ? `by-${sort}/` : ''}${pagePath(page)}`;
}

export function yearPages(reports: readonly CatalogReport[], years: readonly number[]): YearPage[] {
  return years.flatMap((year) => {
    const yearReports = yearOrder(reports, year, null);
    return [null, ...SORTABLE_FIGURES].flatMap((sort) => {
      const pages = sort
        ? topPageOnly(paginate(yearOrder(yearReports, year, sort), YEAR_PAGE_SIZE))
        : paginate(yearReports, YEAR_PAGE_SIZE);
      return pages.map((page) => ({ year, sort, page, yearReports }));
    });
  });
}

/** The year's first page in body order opens with the year at a glance (the home page's year picker leads there). */
export function opensWithGlance(p: YearPage): boolean {
  return p.sort === null && p.page.number === 1;
}

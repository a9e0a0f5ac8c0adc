// A year's summary pages: every report of the year once in each order, by body name or by a figure
// (largest first, unknown last), cut into pages of YEAR_PAGE_SIZE with the whole year for the totals.
import { describe, expect, it } from 'vitest';
import { buildCatalog, type ReportEntry } from '../../src/portal/catalog.ts';
import { SORTABLE_FIGURES } from '../../src/portal/figures.ts';
import { YEAR_PAGE_SIZE } from '../../src/portal/paging.ts';
import { yearOrder, yearPages, yearPath } from '../../src/portal/yearPages.ts';
import { applicantsRow, reportEntry } from '../support/reportEntry.ts';

function entry(id: string, body: string, year: number, received: number | null): ReportEntry {
  return reportEntry(id, { agency: body, year, applications: { received: applicantsRow(received) } });
}

const many = YEAR_PAGE_SIZE + 2;
const catalog = buildCatalog(
  [
    ...Array.from({ length: many }, (_, i) => entry(`b${i}-2022`, `机关${String(i).padStart(4, '0')}`, 2022, i === 5 ? null : i)),
    entry('a-2021', '甲县人民政府', 2021, 3),
  ],
  [],
  '某省',
);

describe('year pages', () => {
  it('orders by a figure, largest first, the unknown last (not as zero)', () => {
    const order = yearOrder(catalog.reports, 2022, 'received');
    expect(order[0]?.id).toBe(`b${many - 1}-2022`);
    expect(order.at(-1)?.id).toBe('b5-2022');
    expect(order.at(-2)?.id).toBe('b0-2022');
  });

  it('cuts a year into pages holding each report once, each ranking into its first page, with the whole year for the totals', () => {
    const pages = yearPages(catalog.reports, [2022, 2021]);
    const of2022 = pages.filter((p) => p.year === 2022);
    expect(of2022).toHaveLength(2 + SORTABLE_FIGURES.length);
    const ids = of2022.filter((p) => p.sort === null).flatMap((p) => p.page.rows.map((r) => r.id));
    expect(ids).toHaveLength(many);
    expect(new Set(ids).size).toBe(many);
    for (const sort of SORTABLE_FIGURES) {
      const ranking = of2022.filter((p) => p.sort === sort);
      expect(ranking.map((p) => [p.page.rows.length, p.page.count])).toEqual([[YEAR_PAGE_SIZE, 1]]);
    }
    expect(of2022.every((p) => p.yearReports.length === many)).toBe(true);
    expect(pages.filter((p) => p.year === 2021).map((p) => p.page.count)).toEqual(Array(1 + SORTABLE_FIGURES.length).fill(1));
  });

  it('gives page 1 the year’s plain address and later pages page-<n>/', () => {
    const paths = yearPages(catalog.reports, [2022]).map((p) => yearPath(p.year, p.sort, p.page.number));
    expect(paths).toContain('2022/');
    expect(paths).toContain('2022/page-2/');
    expect(paths).toContain('2022/by-received/');
    expect(paths).not.toContain('2022/by-received/page-2/');
    expect(new Set(paths).size).toBe(paths.length);
  });
});

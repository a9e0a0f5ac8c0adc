// Long lists cut into numbered pages of a fixed size, each page a static page of its own: page 1 at
// the list's own address, page n at `<address>page-<n>/`. A page's content depends only on the rows
// it holds (and the list's totals), so a one-report edit changes few pages.

/** A year page's summary row is about 340 bytes of HTML: 300 rows keep a page near 100 KB. */
export const YEAR_PAGE_SIZE = 300;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  rows: T[];
  /** Position of the page's first row in the whole list, 0-based. */
  offset: number;
}

/** The list in pages of `size` rows; an empty list is one empty page. */
export function paginate<T>(rows: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, not ${size}`);
  const count = Math.max(1, Math.ceil(rows.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, rows: rows.slice(i * size, (i + 1) * size), offset: i * size }));
}

/**
 * The list in pages of at most `budget` (say, bytes of HTML), each row weighing `weight(row)`; a row
 * heavier than the budget has a page of its own. Rows stay in order; an empty list is one empty page.
 */
export function paginateByWeight<T>(rows: readonly T[], weight: (row: T) => number, budget: number): Page<T>[] {
  const cuts: number[] = [0];
  let load = 0;
  rows.forEach((row, i) => {
    const w = weight(row);
    if (i > cuts[cuts.length - 1]! && load + w > budget) {
      cuts.push(i);
      load = 0;
    }
    load += w;
  });
  return cuts.map((offset, i) => ({ number: i + 1, count: cuts.length, rows: rows.slice(offset, cuts[i + 1] ?? rows.length), offset }));
}

/**
 * A list sorted by a figure, as its pages show it: the first page only, the rows with the most. Sorted
 * copies of every page of a long list weighed about 45 MB at 10,000 reports (over a 1 GB host's
 * limit) and nobody pages through the 30th page of a ranking; the list in its own order keeps every
 * page, and the downloads every row.
 */
export function topPageOnly<T>(pages: Page<T>[]): Page<T>[] {
  const first = pages[0];
  return first ? [{ ...first, count: 1 }] : [];
}

/** The page's address part below the list's address: `` for page 1, `page-3/` after. */
export function pagePath(number: number): string {
  return number <= 1 ? '' : `page-${number}/`;
}

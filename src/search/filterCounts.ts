// How many reports have each value of each search filter, worked out at build time: the search page
// shows the filters without asking the index (Pagefind's filters() loads every shard's filter files).
import type { CatalogReport } from '../portal/catalog.ts';
import { recordFilters } from './searchRecords.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export function filterCounts(reports: readonly CatalogReport[], keys: readonly string[]): FilterCounts {
  const counts: FilterCounts = Object.fromEntries(keys.map((k) => [k, {}]));
  for (const r of reports) {
    const filters = recordFilters(r);
    for (const key of keys) {
      const byValue = counts[key] as Record<string, number>;
      for (const value of filters[key] ?? []) byValue[value] = (byValue[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** Filters with few values are written into the page; the long lists (region, body) load when used. */
export const INLINE_FILTERS = ['year', 'level', 'format'] as const;
export const LISTED_FILTERS = ['region', 'body'] as const;

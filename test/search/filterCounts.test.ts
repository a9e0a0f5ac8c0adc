// The search page's filter counts are worked out at build time from the same values the index records.
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../data/bundledCatalog.ts';
import { INLINE_FILTERS, LISTED_FILTERS, filterCounts } from '../../src/search/filterCounts.ts';
import { recordFilters } from '../../src/search/searchRecords.ts';

describe('filterCounts', () => {
  it('counts, for each filter value, the reports whose search record carries it', () => {
    const reports = bundledCatalog().reports;
    const counts = filterCounts(reports, [...INLINE_FILTERS, ...LISTED_FILTERS]);
    expect(counts.year).toEqual({ '2017': 1, '2020': 1, '2021': 2, '2022': 1 });
    expect(Object.values(counts.body ?? {}).reduce((a, b) => a + b, 0)).toBe(reports.length);
    for (const [key, values] of Object.entries(counts)) {
      for (const [value, n] of Object.entries(values))
        expect(n, `${key}=${value}`).toBe(reports.filter((r) => recordFilters(r)[key]?.includes(value)).length);
    }
  });

  it('gives only the filters asked for', () => {
    expect(Object.keys(filterCounts(bundledCatalog().reports, INLINE_FILTERS))).toEqual(['year', 'level', 'format']);
  });
});

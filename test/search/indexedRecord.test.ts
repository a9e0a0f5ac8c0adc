// The shard directory lists the words of each record's content; indexSite takes them from
// indexedRecord, which works them out once with the record instead of splitting the content again.
import { describe, expect, it } from 'vitest';
import { bundledCatalog, bundledCatalogWith } from '../data/bundledCatalog.ts';
import { indexedRecord, searchRecord } from '../../src/search/searchRecords.ts';
import { indexedWords } from '../../src/search/searchText.ts';

describe('indexedRecord', () => {
  it('gives the record searchRecord gives, and exactly the words of its content', () => {
    const reports = bundledCatalog().reports;
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      const { record, words } = indexedRecord(r);
      expect(record).toEqual(searchRecord(r));
      expect([...words].sort(), r.id).toEqual([...indexedWords(record.content)].sort());
    }
  });
});

describe('the search index’s catalog', () => {
  // indexSite builds the catalog without the checks against last year's report: the records are the same.
  it('makes the same records without the cross-year checks, which it leaves empty', () => {
    const full = bundledCatalog();
    const lean = bundledCatalogWith({ checks: false });
    expect(lean.reports.map((r) => r.id)).toEqual(full.reports.map((r) => r.id));
    expect(full.reports.some((r) => r.crossYear.length > 0 && r.publication.length > 0)).toBe(true);
    lean.reports.forEach((r, i) => {
      expect(r.crossYear).toEqual([]);
      expect(r.publication).toEqual([]);
      expect(r.previous?.id).toBe(full.reports[i]?.previous?.id);
      expect(searchRecord(r)).toEqual(searchRecord(full.reports[i] as (typeof full.reports)[number]));
    });
  });
});

// The shard directory lists the words of each record's content; indexSite takes them from
// indexedRecord, which works them out once with the record instead of splitting the content again.
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../data/bundledCatalog.ts';
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

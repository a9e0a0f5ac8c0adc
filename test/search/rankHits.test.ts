// The order of results: prose before tables, an exact phrase before scattered words, a heading or
// body name before body text, newer years first; sorting by year puts the year first.
import { describe, expect, it } from 'vitest';
import type { ReportHit } from '../../src/search/findReports.ts';
import { rankHits } from '../../src/search/rankHits.ts';

const hit = (url: string, year: number, flags: Partial<Pick<ReportHit, 'onlyInTables' | 'phrase' | 'inHeading'>> = {}): ReportHit => ({
  url,
  meta: { year: String(year) },
  sections: [],
  onlyInTables: false,
  phrase: false,
  inHeading: false,
  ...flags,
});

const urls = (hits: ReportHit[]) => hits.map((h) => h.url);

describe('rankHits', () => {
  it('lists a report with the words in its prose before one that has them only in its tables', () => {
    expect(urls(rankHits([hit('table', 2024, { onlyInTables: true, phrase: true, inHeading: true }), hit('prose', 2015)]))).toEqual([
      'prose',
      'table',
    ]);
  });

  it('then an exact phrase before scattered words, then a heading before body text', () => {
    const ranked = rankHits([
      hit('scattered', 2024),
      hit('heading', 2020, { phrase: true, inHeading: true }),
      hit('phrase', 2024, { phrase: true }),
    ]);
    expect(urls(ranked)).toEqual(['heading', 'phrase', 'scattered']);
  });

  it('then newer years first, and keeps the index order among equals', () => {
    expect(urls(rankHits([hit('a', 2019), hit('b', 2023), hit('c', 2019)]))).toEqual(['b', 'a', 'c']);
  });

  it('puts the year first when the address asks to sort by year', () => {
    const ranked = rankHits(
      [hit('old-phrase', 2018, { phrase: true }), hit('new-table', 2024, { onlyInTables: true }), hit('new-prose', 2024)],
      true,
    );
    expect(urls(ranked)).toEqual(['new-prose', 'new-table', 'old-phrase']);
  });
});

// The order of confirmed results. Relevance: a report with the words in its prose before one that
// has them only in its tables; then an exact phrase before scattered words; then the query in a
// title, body name or heading before the body text; then newer years first; ties keep Pagefind's
// order (its BM25 score). Sorting by year (sort=year in the address) puts the year first and ranks
// within a year the same way. Filters narrow the candidates before any of this.
import type { ReportHit } from './findReports.ts';

const yearOf = (hit: ReportHit): number => Number(hit.meta.year) || 0;

function byRelevance(a: ReportHit, b: ReportHit): number {
  return (
    Number(a.onlyInTables) - Number(b.onlyInTables) ||
    Number(b.phrase) - Number(a.phrase) ||
    Number(b.inHeading) - Number(a.inHeading) ||
    yearOf(b) - yearOf(a)
  );
}

/** The hits in the order the search page lists them (a new array; equal hits keep their order). */
export function rankHits(hits: readonly ReportHit[], sortByYear = false): ReportHit[] {
  return [...hits].sort((a, b) => (sortByYear ? yearOf(b) - yearOf(a) : 0) || byRelevance(a, b));
}

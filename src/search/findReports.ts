// The search itself, shared by the search page and the recall test: Pagefind finds every report
// holding each of the query's words as an exact phrase of its character pairs; loading a report's
// record then confirms the words as the reader typed them and says in which sections.
import { containsQuery, queryWords, restoreText, searchPhrase, wordTokens } from './searchText.ts';
import type { SectionOffset } from './searchRecords.ts';

/** The part of Pagefind's browser API that search uses. */
export interface PagefindApi {
  search(
    term: string,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, string> },
  ): Promise<{
    results: PagefindResult[];
  } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResult {
  id: string;
  /** Where in the record's content the query's tokens stand (Pagefind's word positions). */
  words?: number[];
  data: () => Promise<PagefindRecord>;
}

export interface PagefindRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

export interface SectionHit {
  heading: string;
  anchor: string;
  excerpt: string;
  /** The part is a table: the words are its labels. */
  inTable: boolean;
}

export interface ReportHit {
  url: string;
  meta: Record<string, string>;
  sections: SectionHit[];
  /** The words stand only in the report's tables, not in its prose. */
  onlyInTables: boolean;
  /** The query's words stand together, in its order, in one part (an exact phrase). */
  phrase: boolean;
  /** The title, the body's name or a heading holds the whole query. */
  inHeading: boolean;
}

export interface Candidates {
  /** Every report Pagefind returned, in its order; not yet confirmed. */
  results: PagefindResult[];
}

/**
 * A query word as Pagefind's exact phrase: its tokens next to each other, in order. A word of k
 * characters is k−1 pairs standing one after another in the indexed text, so a report holds the word
 * only where its pairs stand so; an exact phrase also matches no token by its prefix alone.
 */
function exactPhrase(word: string): string {
  return `"${wordTokens(word).join(' ')}"`;
}

/**
 * The reports that hold every word of the query, each as an exact phrase, in the order Pagefind
 * ranks the first word. Pagefind takes a query in quotes as one phrase, so each word is its own search
 * (the index chunks they read are loaded once) and the results are those all searches return.
 */
async function holdingEveryWord(pagefind: PagefindApi, words: string[], filters: Record<string, string[]>): Promise<PagefindResult[]> {
  let results: PagefindResult[] | null = null;
  for (const word of words) {
    const found = (await pagefind.search(exactPhrase(word), { filters }))?.results ?? [];
    const ids = new Set(found.map((r) => r.id));
    results = results === null ? found : results.filter((r) => ids.has(r.id));
    if (results.length === 0) break;
  }
  return results ?? [];
}

export async function findCandidates(
  pagefind: PagefindApi,
  query: string,
  filters: Record<string, string[]> = {},
  sortByYear = false,
  knownYears?: string[],
): Promise<Candidates> {
  const words = [...new Set(queryWords(query))];
  if (words.length === 0) return { results: [] };
  if (!sortByYear) return { results: await holdingEveryWord(pagefind, words, filters) };
  // Newest year first. Pagefind sorts each index shard on its own and does not keep the order when it
  // merges them, so each year is asked for in turn; reports without a year come last.
  const years = (knownYears ?? Object.keys((await pagefind.filters()).year ?? {}))
    .filter((y) => !filters.year || filters.year.includes(y))
    .sort((a, b) => Number(b) - Number(a));
  const results: Candidates['results'] = [];
  const seen = new Set<string>();
  for (const year of years) {
    for (const r of await holdingEveryWord(pagefind, words, { ...filters, year: [year] })) {
      seen.add(r.id);
      results.push(r);
    }
  }
  if (!filters.year) for (const r of await holdingEveryWord(pagefind, words, filters)) if (!seen.has(r.id)) results.push(r);
  return { results };
}

/** Whether a record holds the query as the reader typed it, and where. Null when it does not. */
export function confirm(record: PagefindRecord, query: string): ReportHit | null {
  // The content ends with the report's letters, once each: not text (see searchRecord).
  const restored = restoreText(record.content);
  const text = record.meta.textLength === undefined ? restored : restored.slice(0, Number(record.meta.textLength));
  if (!containsQuery(text, query)) return null;
  const offsets = JSON.parse(record.meta.sections ?? '[]') as SectionOffset[];
  const words = queryWords(query);
  const phrase = searchPhrase(query);
  const sections: SectionHit[] = [];
  let phraseFound = false;
  for (const [i, [start, heading, anchor, inTable]] of offsets.entries()) {
    // Each part but the last ends with the separator that keeps phrases from spanning parts.
    const end = offsets[i + 1] ? (offsets[i + 1]?.[0] ?? text.length) - 1 : text.length;
    const part = text.slice(start, end);
    const at = words.map((w) => part.indexOf(w)).filter((p) => p >= 0);
    if (at.length === 0) continue;
    if (searchPhrase(part).includes(phrase)) phraseFound = true;
    const first = Math.min(...at);
    const from = Math.max(0, first - 30);
    sections.push({
      heading,
      anchor,
      excerpt: `${from > 0 ? '…' : ''}${part.slice(from, first + 60)}${first + 60 < part.length ? '…' : ''}`,
      inTable: inTable === 1,
    });
  }
  const headings = [record.meta.title ?? '', record.meta.body ?? '', ...offsets.filter((o) => o[3] !== 1).map((o) => o[1])];
  return {
    url: record.url,
    meta: record.meta,
    sections,
    onlyInTables: sections.length > 0 && sections.every((s) => s.inTable),
    phrase: phraseFound,
    inHeading: headings.some((h) => searchPhrase(h).includes(phrase)),
  };
}

/** Every confirmed report for a query (the recall test uses this; the page confirms page by page). */
export async function findReports(
  pagefind: PagefindApi,
  query: string,
  filters: Record<string, string[]> = {},
): Promise<{ candidates: number; hits: ReportHit[] }> {
  const { results } = await findCandidates(pagefind, query, filters);
  const records = await Promise.all(results.map((r) => r.data()));
  const hits = records.map((r) => confirm(r, query)).filter((h): h is ReportHit => h !== null);
  return { candidates: results.length, hits };
}

// Search text without a word segmenter. Pagefind's segmenters disagree between indexing and
// searching for Chinese (Pagefind issue #1237), and a run of characters is one "word" to it, so a
// query that starts inside a word is not found. Instead, every run of letters and digits (Han,
// Latin, digits alike) is indexed as its overlapping character pairs plus its last character, and a
// query becomes the pairs of its own runs: a text that contains the query contains all its pairs,
// next to each other, whatever the run around them. White space is not part of the text (a line
// break of the source, a spaced-out title): the index, the queries and the check that confirms a
// result all read the text without it. The indexed text can be turned back into the original.

/**
 * The language the index is made in: none Pagefind knows, so that it neither stems nor segments the
 * words (they are this module's tokens already) and the browser loads its smallest wasm, the one
 * without a stemmer.
 */
export const SEARCH_LANGUAGE = 'unknown';

/** A letter or a digit of any script: what a query matches on. Everything else separates words. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Runs of word characters, and runs of anything else (punctuation, symbols) between them. */
const RUNS = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
const NOT_WORD_CHARS = /[^\p{L}\p{N}]+/u;

/** Half-width, lower case: the form both the index and queries use. */
export function normaliseForSearch(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase();
}

/** The text as search compares it: normalised, without white space. */
export function comparableText(text: string): string {
  return normaliseForSearch(text).replace(/\s+/g, '');
}

/** A run of word characters as the index holds it: each character with the next one, then the last alone. */
function runTokens(run: string): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
  tokens.push(chars[chars.length - 1] as string);
  return tokens;
}

/** Text as it is indexed: runs of word characters as overlapping pairs, punctuation as it is. */
export function indexText(text: string): string {
  const out: string[] = [];
  for (const run of comparableText(text).match(RUNS) ?? []) {
    if (WORD_CHAR.test(run)) out.push(...runTokens(run));
    else out.push(run);
  }
  return out.join(' ');
}

/** The words an indexed text holds (its pairs and single characters), once each. */
export function indexedWords(indexed: string): Set<string> {
  return new Set(indexed.split(' ').filter((token) => WORD_CHAR.test(token)));
}

/**
 * Every letter and digit a text holds that its indexed form's words (indexedWords) do not already
 * hold as a word of its own (the last character of a run is one), once each. A one-character query
 * word is looked up as this exact word, never as the start of longer ones: Pagefind loads only the
 * index chunk whose range holds the query word itself, so the pairs that start with it (况全 for 况)
 * may sit in a chunk it never loads, and a page is lost depending on where the chunk boundaries fall.
 */
export function lettersNotIn(text: string, words: ReadonlySet<string>): string[] {
  return [...new Set([...comparableText(text)].filter((c) => WORD_CHAR.test(c) && !words.has(c)))];
}

/** The indexed text turned back into the original (normalised, without white space). */
export function restoreText(indexed: string): string {
  let out = '';
  for (const token of indexed.split(' ')) {
    if (token === '') continue;
    out += WORD_CHAR.test(token) ? [...token][0] : token;
  }
  return out;
}

/** The words of a query: white space and punctuation separate them. */
export function queryWords(query: string): string[] {
  return normaliseForSearch(query)
    .split(NOT_WORD_CHARS)
    .filter((w) => w !== '');
}

/**
 * A query word's tokens in order, as they stand one after another in the indexed text: its pairs
 * (a one-character word stands alone). A token can come twice (2020: 20 02 20).
 */
export function wordTokens(word: string): string[] {
  const chars = [...word];
  if (chars.length === 1) return [word];
  const tokens: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
  return tokens;
}

/** The tokens the index must hold for a query, once each. */
export function queryTokens(query: string): string[] {
  return [...new Set(queryWords(query).flatMap(wordTokens))];
}

/** A text or query as one phrase: its words run together (to tell an exact phrase from scattered words). */
export function searchPhrase(text: string): string {
  return queryWords(text).join('');
}

/** Whether a text contains every word of a query, as the reader means it (no white space, any width). */
export function containsQuery(plainText: string, query: string): boolean {
  const text = comparableText(plainText);
  const words = queryWords(query);
  return words.length > 0 && words.every((w) => text.includes(w));
}

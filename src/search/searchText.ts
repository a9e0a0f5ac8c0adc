// Search text for Chinese without a word segmenter. Pagefind's index-time and query-time
// segmenters disagree for Chinese (Pagefind issue #1237), which loses pages. Instead, the index
// holds every pair of adjacent Han characters (plus the last character of each run), and a query
// becomes the pairs of its own characters: a page that contains the query contains all its pairs,
// so no page is lost. The indexed text stays readable: it can be turned back into the original.

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[.][0-9]+)*|[^\s\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-z0-9]+/gu;

/** Half-width, lower case: the form both the index and queries use. */
export function normaliseForSearch(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase();
}

/** Text as it is indexed: Han runs as overlapping pairs, other words and marks as they are. */
export function indexText(text: string): string {
  const out: string[] = [];
  for (const run of normaliseForSearch(text).match(RUNS) ?? []) {
    if (HAN.test(run[0] as string)) {
      const chars = [...run];
      for (let i = 0; i < chars.length - 1; i++) out.push((chars[i] as string) + (chars[i + 1] as string));
      out.push(chars[chars.length - 1] as string);
    } else out.push(run);
  }
  return out.join(' ');
}

/** The words of a query, each as the tokens the index must all hold. */
export function queryWords(query: string): string[] {
  return normaliseForSearch(query)
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}.]/gu, ''))
    .filter((w) => w !== '');
}

export function queryTokens(query: string): string[] {
  const tokens: string[] = [];
  for (const word of queryWords(query)) {
    for (const run of word.match(RUNS) ?? []) {
      if (HAN.test(run[0] as string)) {
        const chars = [...run];
        if (chars.length === 1) tokens.push(run);
        for (let i = 0; i < chars.length - 1; i++) tokens.push((chars[i] as string) + (chars[i + 1] as string));
      } else tokens.push(run);
    }
  }
  return [...new Set(tokens)];
}

/** The indexed text turned back into the original (normalised, without white space). */
export function restoreText(indexed: string): string {
  let out = '';
  for (const token of indexed.split(' ')) {
    if (token === '') continue;
    if (HAN.test(token[0] as string)) out += [...token][0];
    else out += token;
  }
  return out;
}

/** Whether a text contains every word of a query, as the reader means it (no white space, any width). */
export function containsQuery(plainText: string, query: string): boolean {
  const text = normaliseForSearch(plainText).replace(/\s+/g, '');
  const words = queryWords(query);
  return words.length > 0 && words.every((w) => text.includes(w));
}

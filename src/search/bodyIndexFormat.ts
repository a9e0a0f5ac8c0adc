// The body index of the header search box (/search/bodies.json): its file format and how a name's
// pinyin syllables are read from it. Shared by the build-time writer (bodyIndex.ts) and the browser's
// reader (bodyIndexRead.ts); nothing here needs a pinyin library.
//
// Compact because the browser downloads it whole on the first keystroke (≤ 30 KB gzipped at 10,000
// bodies): names are made of the names of their own region path and a few shared parts
// (洪泽区 + 人民政府), so each name is stored once as a pattern of references; the bodies follow the
// region tree; slugs share their beginning with the slug before; pinyin comes from a table of the
// characters used, with the exceptions (polyphones in context) listed.

/** A name as references: k ≥ 0 is parts[k], k < 0 is the body's region path counted from its end (-1: last). */
export type NameTemplate = number[];

/** What the bodies of one shape share: level, the name's template, the aliases' templates. */
export type BodyPattern = [level: string, name: NameTemplate, ...aliases: NameTemplate[]];

export interface BodyIndexFile {
  /** A body's page is prefix + slug + suffix. */
  address: [prefix: string, suffix: string];
  /** Each Han character used, followed by its usual reading: "洪hong泽ze区qu". */
  readings: string;
  /** Names and parts whose readings (of their Han characters, space-separated) differ from the table's. */
  exceptions: Record<string, string>;
  /** Pieces of names that are not region names: 人民政府, 教育局, 人民政府办公室. */
  parts: string[];
  patterns: BodyPattern[];
  /**
   * The region tree, depth first, one line each: a region is its depth (base 36) and name; each body
   * follows the region it ends at as ".pattern,shared,rest": its pattern (base 36), and its slug as
   * how many characters it shares with the slug before (base 36) and the rest; or as ".pattern,=" when
   * the slug is the one its name's pinyin makes (hong-ze-qu-ren-min-zheng-fu, as for bodies not in the
   * registry).
   */
  tree: string;
}

/** In a body's line of the tree: its slug is the one its name's pinyin makes. */
export const SLUG_FROM_NAME = '=';

const HAN = /\p{Script=Han}/u;
const ALNUM = /[a-z0-9]/;

/**
 * The syllables a name is searched by: one per Han character (its reading, when known), and each run
 * of Latin letters and digits as one, lower-cased; other characters (brackets, punctuation) have none.
 */
export function syllablesOf(text: string, readingOf: (char: string, hanIndex: number) => string | undefined): string[] {
  const out: string[] = [];
  let run = '';
  let han = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    if (ALNUM.test(lower)) {
      run += lower;
      continue;
    }
    if (run !== '') out.push(run);
    run = '';
    if (!HAN.test(char)) continue;
    const reading = readingOf(char, han++);
    if (reading) out.push(reading);
  }
  if (run !== '') out.push(run);
  return out;
}

export function isHan(char: string): boolean {
  return HAN.test(char);
}

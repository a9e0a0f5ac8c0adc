// Which generation of the State Council's format a report follows, from its own tables first.
import {
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
  LEFT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  LEFT_TORTOISE_SHELL_BRACKET,
  RIGHT_PARENTHESIS,
  RIGHT_SQUARE_BRACKET,
  RIGHT_TORTOISE_SHELL_BRACKET,
} from './codePoints.ts';
import type { ReportFormat } from './types.ts';
import { isSpace } from './text.ts';

// Only the header words matter, and they may be spaced out: each is looked for as it reads with
// white space dropped and （）〔〕 as ()[] (the text itself is never rebuilt in that form). Each is
// searched for by the character at the given index, the one found fastest in the tables' text
// (measured: 废 and 九 about 5x faster than 本 and 第, which crowd table headers).
type Word = [word: string, key: number];
const WORDS_2021: Word[] = [
  ['本年制发件数', 3],
  ['本年废止件数', 2],
  ['现行有效件数', 0],
  ['逾期不补正', 0],
  ['缴纳费用', 0],
];
const WORDS_2019: Word[] = [
  ['本年新制作数量', 2],
  ['本年新公开数量', 2],
  ['对外公开总数量', 0],
  ['第(九)项', 2],
  ['政府集中采购', 2],
];
const NOTICE_2021: Word = ['国办公开办函[2021]30号', 0];

/** How much of each table's region its header words are looked for in. */
const TABLE_HEAD = 4000;

/** A stretch of the text: its string (cut without copying) and where it starts. */
interface Stretch {
  text: string;
  start: number;
}

/**
 * The format, from the header words in the first TABLE_HEAD characters of each table's region (read
 * in place: the stretches are not joined into one text; the break that would join two stands between
 * them as white space does), else from the year and which tables there are.
 */
export function detectFormat(
  clean: string,
  tables: readonly { start: number; end: number }[],
  year: number | null,
  hasModernTables: boolean,
  hasLegacyTable: boolean,
): ReportFormat {
  const stretches: Stretch[] = [];
  for (const t of tables) {
    const start = Math.min(t.start, clean.length);
    stretches.push({ text: clean.slice(start, Math.min(t.end, t.start + TABLE_HEAD)), start });
  }
  const occurs = (w: Word): boolean => occursSpacedOut(clean, stretches, w);
  if (WORDS_2021.some(occurs)) return '2021';
  if (WORDS_2019.some(occurs)) return '2019';
  if (hasModernTables && year !== null) return year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'unknown';
  if (hasLegacyTable || (year !== null && year <= 2018)) return 'legacy';
  if (year !== null && year >= 2021 && occurs(NOTICE_2021)) return '2021';
  return 'unknown';
}

/** Full-width brackets as the half-width ones a word is written with: （ → (, ） → ), 〔 → [, 〕 → ]. */
const HALF_BRACKET: Record<number, number> = {
  [FULLWIDTH_LEFT_PARENTHESIS]: LEFT_PARENTHESIS,
  [FULLWIDTH_RIGHT_PARENTHESIS]: RIGHT_PARENTHESIS,
  [LEFT_TORTOISE_SHELL_BRACKET]: LEFT_SQUARE_BRACKET,
  [RIGHT_TORTOISE_SHELL_BRACKET]: RIGHT_SQUARE_BRACKET,
};

/** Whether a character of the text reads as the word's character at j: its first literally (none is a bracket), the rest with full-width brackets as half-width. */
function readsAs(c: number, word: string, j: number): boolean {
  return (j === 0 ? c : (HALF_BRACKET[c] ?? c)) === word.charCodeAt(j);
}

/**
 * Whether `word` occurs in the stretches, read one after another, with white space allowed between
 * its characters and full-width brackets read as half-width: found where its character at `key` (no
 * bracket) stands, then read backwards and forwards from there.
 */
function occursSpacedOut(text: string, stretches: Stretch[], [word, key]: Word): boolean {
  const c = word[key] as string;
  for (let s = 0; s < stretches.length; s++) {
    const { text: stretch, start } = stretches[s] as Stretch;
    for (let at = stretch.indexOf(c); at !== -1; at = stretch.indexOf(c, at + 1)) {
      if (readsBefore(text, stretches, s, word, key, start + at) && readsAfter(text, stretches, s, word, key, start + at)) return true;
    }
  }
  return false;
}

/** Whether the word's characters before `key` stand before `at` (in stretch s), white space between. */
function readsBefore(text: string, stretches: Stretch[], s: number, word: string, key: number, at: number): boolean {
  let i = at - 1;
  let from = (stretches[s] as Stretch).start;
  for (let j = key - 1; j >= 0; j--, i--) {
    // White space is skipped, on into the stretch before (the break between them is white space too).
    for (;;) {
      while (i >= from && isSpace(text.charCodeAt(i))) i--;
      if (i >= from) break;
      if (s === 0) return false;
      const before = stretches[--s] as Stretch;
      from = before.start;
      i = from + before.text.length - 1;
    }
    if (!readsAs(text.charCodeAt(i), word, j)) return false;
  }
  return true;
}

/** Whether the word's characters after `key` follow `at` (in stretch s), white space between. */
function readsAfter(text: string, stretches: Stretch[], s: number, word: string, key: number, at: number): boolean {
  let i = at + 1;
  let stretch = stretches[s] as Stretch;
  let to = stretch.start + stretch.text.length;
  for (let j = key + 1; j < word.length; j++, i++) {
    for (;;) {
      while (i < to && isSpace(text.charCodeAt(i))) i++;
      if (i < to) break;
      if (s === stretches.length - 1) return false;
      stretch = stretches[++s] as Stretch;
      i = stretch.start;
      to = i + stretch.text.length;
    }
    if (!readsAs(text.charCodeAt(i), word, j)) return false;
  }
  return true;
}

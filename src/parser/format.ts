// Which generation of the State Council's format a report follows, from its own tables first.
import type { ReportFormat } from './types.ts';
import { isSpace } from './text.ts';

// Only the header words matter, and they may be spaced out: each is looked for as it reads with
// white space dropped and （）〔〕 as ()[] (the text itself is never rebuilt in that form). Each is
// searched for by the character at the given index, the one found fastest in the tables' text
// (measured: 废 and 九 about 5x faster than 本 and 第, which crowd table headers).
type Word = [word: string, key: number];
const WORDS_2021: Word[] = [['本年制发件数', 3], ['本年废止件数', 2], ['现行有效件数', 0], ['逾期不补正', 0], ['缴纳费用', 0]];
const WORDS_2019: Word[] = [['本年新制作数量', 2], ['本年新公开数量', 2], ['对外公开总数量', 0], ['第(九)项', 2], ['政府集中采购', 2]];
const NOTICE_2021: Word = ['国办公开办函[2021]30号', 0];

export function detectFormat(clean: string, year: number | null, hasModernTables: boolean, hasLegacyTable: boolean): ReportFormat {
  if (WORDS_2021.some((w) => occursSpacedOut(clean, w))) return '2021';
  if (WORDS_2019.some((w) => occursSpacedOut(clean, w))) return '2019';
  if (hasModernTables && year !== null) return year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'unknown';
  if (hasLegacyTable || (year !== null && year <= 2018)) return 'legacy';
  if (year !== null && year >= 2021 && occursSpacedOut(clean, NOTICE_2021)) return '2021';
  return 'unknown';
}

const HALF_BRACKET: Record<number, number> = { 0xff08: 0x28, 0xff09: 0x29, 0x3014: 0x5b, 0x3015: 0x5d }; // （）〔〕

/** Whether a character of the text reads as the word's character at j: its first literally (none is a bracket), the rest with full-width brackets as half-width. */
function readsAs(c: number, word: string, j: number): boolean {
  return (j === 0 ? c : (HALF_BRACKET[c] ?? c)) === word.charCodeAt(j);
}

/**
 * Whether `word` occurs in `text` with white space allowed between its characters and full-width
 * brackets read as half-width: found where its character at `key` (no bracket) stands, then read
 * backwards and forwards from there.
 */
function occursSpacedOut(text: string, [word, key]: Word): boolean {
  const c = word[key] as string;
  for (let at = text.indexOf(c); at !== -1; at = text.indexOf(c, at + 1)) {
    if (readsBefore(text, word, key, at) && readsAfter(text, word, key, at)) return true;
  }
  return false;
}

/** Whether the word's characters before `key` stand before `at`, white space between. */
function readsBefore(text: string, word: string, key: number, at: number): boolean {
  let i = at - 1;
  for (let j = key - 1; j >= 0; j--, i--) {
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    if (i < 0 || !readsAs(text.charCodeAt(i), word, j)) return false;
  }
  return true;
}

/** Whether the word's characters after `key` follow `at`, white space between. */
function readsAfter(text: string, word: string, key: number, at: number): boolean {
  let i = at + 1;
  for (let j = key + 1; j < word.length; j++, i++) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === text.length || !readsAs(text.charCodeAt(i), word, j)) return false;
  }
  return true;
}

// Title, reporting body, statistics year, signature date and 统计期限.
import {
  CHINESE_EIGHT,
  CHINESE_FIVE,
  CHINESE_FOUR,
  CHINESE_NINE,
  CHINESE_ONE,
  CHINESE_SEVEN,
  CHINESE_SIX,
  CHINESE_THREE,
  CHINESE_TWO,
  CHINESE_ZERO,
  FULLWIDTH_LEFT_PARENTHESIS,
  IDEOGRAPHIC_NUMBER_ZERO,
  LEFT_PARENTHESIS,
  WHITE_CIRCLE,
} from './codePoints.ts';
import type { Period } from './types.ts';
import type { SourceText } from './sourceText.ts';
import { chineseDigitsNumber, chineseNumber, isDigit, isSpace, isoDate, toHalfWidth } from './text.ts';

const TITLE_TAIL = /(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
const YEAR = /((?:19|20)\d{2})\s*年\s*度?/;

export interface Title {
  text: string;
  line: number;
  year: number | null;
  body: string | null;
}

function stripMarks(line: string): string {
  // Most lines have no marks: each replace runs only when its mark is there.
  const unhashed = line.includes('#') ? line.replace(/^\s*#{1,6}\s*/, '') : line;
  return (unhashed.includes('**') ? unhashed.replace(/\*\*/g, '') : unhashed).trim();
}

/** A one-line file's title: its opening phrase, up to 报告/年报. */
const OPENING_TITLE = new RegExp(`^[^。，,；]{0,60}?${YEAR.source}[^。，,；]{0,40}?${TITLE_TAIL.source}`);

/** The title: the first lines of the body, possibly over two lines; or, in one-line files, the opening phrase. */
export function findTitle(src: SourceText, clean: string): Title | null {
  const candidates: { text: string; line: number }[] = [];
  const openings = src.openingsOf(clean);
  for (let i = 0; i < openings.length && candidates.length < 4; i++) {
    // A blank line is passed over without cutting it.
    if (openings[i] === -1) continue;
    const text = stripMarks(src.lineOf(clean, i + 1));
    if (text !== '') candidates.push({ text, line: i + 1 });
  }
  const first = candidates[0];
  if (!first) return null;
  if (first.text.length > 200) {
    // One-line file: the title is the opening phrase up to 报告/年报.
    const m = OPENING_TITLE.exec(first.text);
    return m ? titleFrom(m[0].trim(), first.line) : null;
  }
  for (let k = 0; k < Math.min(3, candidates.length); k++) {
    const one = candidates[k] as { text: string; line: number };
    const next = candidates[k + 1];
    if (one.text.length <= 60 && TITLE_TAIL.test(one.text) && YEAR.test(one.text) && !/^本/.test(one.text))
      return titleFrom(one.text, one.line);
    // 某局政府信息公开工作年度报告 / （2021年度）: the year on a line of its own.
    const yearLine = next ? /^[(（]\s*((?:19|20)\d{2})\s*年\s*度?\s*[)）]$/.exec(next.text) : null;
    if (next && yearLine && one.text.length <= 60 && TITLE_TAIL.test(one.text) && !YEAR.test(one.text)) {
      const tail = TITLE_TAIL.exec(one.text);
      const body = tail && tail.index > 0 ? one.text.slice(0, tail.index).trim() : null;
      return { text: one.text + next.text, line: one.line, year: Number(yearLine[1]), body: body === '' ? null : body };
    }
    if (next && one.text.length <= 60 && next.text.length <= 60) {
      const joined = one.text + next.text;
      if (TITLE_TAIL.test(joined) && YEAR.test(joined) && !TITLE_TAIL.test(one.text) && !/[。，]/.test(joined))
        return titleFrom(joined, one.line);
    }
  }
  return null;
}

function titleFrom(text: string, line: number): Title {
  const m = YEAR.exec(text);
  const year = m ? Number(m[1]) : null;
  let body: string | null = null;
  if (m) {
    const before = text.slice(0, m.index).trim();
    if (before !== '') body = before;
    else {
      const after = text.slice(m.index + m[0].length);
      const tail = TITLE_TAIL.exec(after);
      const name = tail ? after.slice(0, tail.index).trim() : '';
      if (name !== '') body = name;
    }
  }
  return { text, line, year, body };
}

const CN_DATE = /([〇○零一二三四五六七八九Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;
const DIGIT_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

function dateOf(text: string): string | null {
  const t = toHalfWidth(text);
  const d = DIGIT_DATE.exec(t);
  if (d) return isoDate(Number(d[1]), Number(d[2]), Number(d[3]));
  const c = CN_DATE.exec(t);
  if (c) {
    const y = chineseDigitsNumber(c[1] ?? '');
    const mo = chineseNumber(c[2] ?? '');
    const da = chineseNumber(c[3] ?? '');
    if (y !== null && mo !== null && da !== null) return isoDate(y, mo, da);
  }
  return null;
}

/** The date that stands alone under the signature: the last line (or, in one-line files, phrase) that is only a date. */
const ALONE = new RegExp(`^\\s*[(（]?\\s*(?:${DIGIT_DATE.source}|${CN_DATE.source})\\s*[)）]?\\s*$`);
const DATE_AT_END = new RegExp(`(?:^|[\\s。])((?:${DIGIT_DATE.source})|(?:${CN_DATE.source}))$`);

/** Whether a date standing alone can open with c (before width conversion): a bracket, a digit, a Chinese digit. */
function mayOpenDate(c: number): boolean {
  if (isDigit(c)) return true;
  switch (c) {
    case LEFT_PARENTHESIS:
    case FULLWIDTH_LEFT_PARENTHESIS:
      return true;
    case IDEOGRAPHIC_NUMBER_ZERO:
    case WHITE_CIRCLE:
    case CHINESE_ZERO:
    case CHINESE_ONE:
    case CHINESE_TWO:
    case CHINESE_THREE:
    case CHINESE_FOUR:
    case CHINESE_FIVE:
    case CHINESE_SIX:
    case CHINESE_SEVEN:
    case CHINESE_EIGHT:
    case CHINESE_NINE:
      return true;
    default:
      return false;
  }
}

export function findPublishedOn(src: SourceText, clean: string): { date: string; line: number } | null {
  const openings = src.openingsOf(clean);
  for (let i = openings.length - 1; i >= 0; i--) {
    // A short line is settled by its length and opening, most without reading it.
    const length = src.lineEnd(i + 1) - src.lineStart(i + 1);
    if (length <= 200 && !(length < 40 && mayOpenDate(openings[i] as number))) continue;
    const text = src.lineOf(clean, i + 1);
    if (text.length > 200) {
      // Dates end in 日: test a short window before each 日, from the end of the line. The 日 are
      // found by a forward search (about 3x faster than lastIndexOf, which reads back character by character).
      const days: number[] = [];
      for (let k = text.indexOf('日', 1); k !== -1; k = text.indexOf('日', k + 1)) days.push(k);
      let date: string | null = null;
      for (let d = days.length - 1; d >= 0 && date === null; d--) {
        const k = days[d] as number;
        if (!dateMayEndAt(text, k)) continue;
        const m = DATE_AT_END.exec(toHalfWidth(text.slice(Math.max(0, k - 30), k + 1)));
        if (m) date = dateOf(m[1] ?? '');
      }
      if (date) return { date, line: i + 1 };
      continue;
    }
    // A short line without 日 cannot be a date: it is passed over without converting it.
    if (text.length < 40 && text.includes('日') && ALONE.test(toHalfWidth(text))) {
      const date = dateOf(text);
      if (date) return { date, line: i + 1 };
    }
  }
  return null;
}

const DATE_DIGITS = new Set(Array.from('0123456789０１２３４５６７８９一二三四五六七八九十', (c) => c.charCodeAt(0)));

/**
 * Whether the 日 at k can end a date in running text: followed by white space, the end or 附件, and
 * preceded (across white space) by a digit or a Chinese numeral.
 */
function dateMayEndAt(text: string, k: number): boolean {
  if (!(k + 1 === text.length || isSpace(text.charCodeAt(k + 1)) || text.startsWith('附件', k + 1))) return false;
  let j = k - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j >= 0 && DATE_DIGITS.has(text.charCodeAt(j));
}

// The period as it reads in half-width form, matched on the text as written: each character the
// half-width form would change stands for both its forms (digits, - and ~; the ideographic space is
// \s either way), so the text need not be converted before the match, only the numbers after it.
const DIGIT = '[0-9０-９]';
const PERIOD = new RegExp(
  [
    '统计(?:期限|时限|周期|时间|区间)',
    '[^。]{0,12}?',
    `(${DIGIT}{4})\\s*年\\s*(${DIGIT}{1,2})\\s*月\\s*(${DIGIT}{1,2})\\s*日`,
    '\\s*(?:起)?\\s*(?:至|到|—|[-－]|[~～])\\s*',
    `(?:(${DIGIT}{4})\\s*年\\s*)?(${DIGIT}{1,2})\\s*月\\s*(${DIGIT}{1,2})\\s*日`,
  ].join(''),
);

const PERIOD_WORD = /统计(?:期限|时限|周期|时间|区间)/y;

export function findPeriod(src: SourceText, clean: string): Period | null {
  // Look only near the words that introduce a period (each starts with 统计, found by indexOf):
  // converting or scanning the whole text is wasted work.
  for (let at = clean.indexOf('统计'); at !== -1; at = clean.indexOf('统计', at + 1)) {
    PERIOD_WORD.lastIndex = at;
    if (!PERIOD_WORD.test(clean)) continue;
    const m = PERIOD.exec(clean.slice(at, at + 80));
    if (m) return periodFrom(src, m, at);
  }
  return null;
}

function periodFrom(src: SourceText, m: RegExpExecArray, base: number): Period | null {
  const fromYear = numberOf(m[1]);
  const from = isoDate(fromYear, numberOf(m[2]), numberOf(m[3]));
  const to = isoDate(m[4] ? numberOf(m[4]) : fromYear, numberOf(m[5]), numberOf(m[6]));
  if (!from || !to) return null;
  return { from, to, line: src.lineAt(base + m.index) };
}

/** The number a run of digits (either width) stands for. */
function numberOf(digits: string | undefined): number {
  return Number(toHalfWidth(digits ?? ''));
}

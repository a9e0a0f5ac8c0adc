// Character-level helpers. They never change the source text kept for display; they make
// searching and matching tolerant of full-width/half-width mixtures and spaced-out characters.
import {
  CJK_FIRST,
  CJK_LAST,
  ASTERISK,
  BYTE_ORDER_MARK,
  CARRIAGE_RETURN,
  DIGIT_NINE,
  DIGIT_ZERO,
  EN_QUAD,
  FULLWIDTH_DIGIT_NINE,
  FULLWIDTH_DIGIT_ZERO,
  FULLWIDTH_FIRST,
  FULLWIDTH_LAST,
  FULLWIDTH_OFFSET,
  GRAVE_ACCENT,
  GREATER_THAN_SIGN,
  HAIR_SPACE,
  IDEOGRAPHIC_SPACE,
  LEFT_BLACK_LENTICULAR_BRACKET,
  LEFT_DOUBLE_QUOTATION_MARK,
  LEFT_TORTOISE_SHELL_BRACKET,
  LINE_SEPARATOR,
  MEDIUM_MATHEMATICAL_SPACE,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  NUMBER_SIGN,
  OGHAM_SPACE_MARK,
  PARAGRAPH_SEPARATOR,
  QUOTATION_MARK,
  RIGHT_BLACK_LENTICULAR_BRACKET,
  RIGHT_DOUBLE_QUOTATION_MARK,
  RIGHT_TORTOISE_SHELL_BRACKET,
  SPACE,
  TAB,
  VERTICAL_LINE,
} from './codePoints.ts';

/** Full-width ASCII (digits, letters, punctuation) to half-width; ideographic space to space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) || c === IDEOGRAPHIC_SPACE) {
      out += s.slice(from, i) + (c === IDEOGRAPHIC_SPACE ? ' ' : String.fromCharCode(c - FULLWIDTH_OFFSET));
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

/**
 * A form for matching labels and headings: half-width, no white space, no markdown marks,
 * brackets unified. `结 果 维持` and `**（一）结果维持**` both become `结果维持` / `(一)结果维持`.
 * One pass over the characters: it runs for every label of every table.
 */
export function compact(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Most characters are Chinese, none of which is replaced: settled by one range test.
    if (c >= CJK_FIRST && c <= CJK_LAST) continue;
    let replacement: string | null | undefined;
    if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
      const half = c - FULLWIDTH_OFFSET;
      replacement =
        half === ASTERISK || half === NUMBER_SIGN || half === VERTICAL_LINE || half === GRAVE_ACCENT || half === GREATER_THAN_SIGN
          ? ''
          : half === QUOTATION_MARK
            ? '"'
            : String.fromCharCode(half);
    } else if (c <= SPACE || isWideSpace(c)) replacement = '';
    else if (c === ASTERISK || c === NUMBER_SIGN || c === VERTICAL_LINE || c === GRAVE_ACCENT || c === GREATER_THAN_SIGN)
      replacement = ''; // * # | ` >
    else if (c === LEFT_BLACK_LENTICULAR_BRACKET || c === LEFT_TORTOISE_SHELL_BRACKET)
      replacement = '['; // 【 〔
    else if (c === RIGHT_BLACK_LENTICULAR_BRACKET || c === RIGHT_TORTOISE_SHELL_BRACKET)
      replacement = ']'; // 】 〕
    else if (c === LEFT_DOUBLE_QUOTATION_MARK || c === RIGHT_DOUBLE_QUOTATION_MARK) replacement = '"';
    if (replacement === undefined || replacement === null) continue;
    out += s.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十一 → 11, 二十 → 20; null when the string is not a small Chinese numeral. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '') return null;
  const ten = s.indexOf('十');
  if (ten === -1) {
    return s.length === 1 ? (DIGITS[s] ?? null) : null;
  }
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens = tensPart === '' ? 1 : (DIGITS[tensPart] ?? null);
  const ones = onesPart === '' ? 0 : (DIGITS[onesPart] ?? null);
  if (tens === null || ones === null || onesPart.length > 1 || tensPart.length > 1) return null;
  return tens * 10 + ones;
}

/** A year written digit by digit: 二○一二 → 2012. */
export function chineseDigitsNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let out = 0;
  for (const c of s) {
    const d = DIGITS[c];
    if (d === undefined) return null;
    out = out * 10 + d;
  }
  return s.length > 0 ? out : null;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether a UTF-16 code unit is white space as regular expressions' `\s` and `String.prototype.trim`
 * see it. Lets a line be classified by its first or last visible character without a regex or a trim.
 */
export function isSpace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= TAB && c <= CARRIAGE_RETURN);
  if (c < NO_BREAK_SPACE) return false;
  // Chinese text lies between the ideographic space and the BOM, where no white space is.
  if (c > IDEOGRAPHIC_SPACE && c < BYTE_ORDER_MARK) return false;
  return isWideSpace(c);
}

/** White space beyond ASCII, as `\s` sees it: no-break and ideographic spaces, the BOM, the en quad to hair spaces … */
function isWideSpace(c: number): boolean {
  return (
    c === NO_BREAK_SPACE ||
    c === IDEOGRAPHIC_SPACE ||
    c === BYTE_ORDER_MARK ||
    c === OGHAM_SPACE_MARK ||
    (c >= EN_QUAD && c <= HAIR_SPACE) ||
    c === LINE_SEPARATOR ||
    c === PARAGRAPH_SEPARATOR ||
    c === NARROW_NO_BREAK_SPACE ||
    c === MEDIUM_MATHEMATICAL_SPACE
  );
}

/** 0–9. */
export function isAsciiDigit(c: number): boolean {
  return c >= DIGIT_ZERO && c <= DIGIT_NINE;
}

/** 0–9 or full-width ０–９. */
export function isDigit(c: number): boolean {
  return (c >= DIGIT_ZERO && c <= DIGIT_NINE) || (c >= FULLWIDTH_DIGIT_ZERO && c <= FULLWIDTH_DIGIT_NINE);
}

/** Index of the first character of s that is not white space (s.length when there is none). */
export function firstVisible(s: string, from = 0): number {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Index of the last character of s that is not white space (-1 when there is none). */
export function lastVisible(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i;
}

/** The same as `s.trim() === ''`, without building the trimmed string. */
export function isBlank(s: string): boolean {
  return firstVisible(s) === s.length;
}

/**
 * text.indexOf(word, from), searching for the word's character at index k and checking the rest in
 * place. A search skips along by one byte of the character it looks for, and in Chinese text some
 * characters share that byte with far fewer common characters than others (置 rather than 当, whose
 * byte 开 shares): picking k well makes the search several times faster.
 */
export function indexOfBy(text: string, word: string, k: number, from = 0): number {
  const c = word[k] as string;
  for (let at = text.indexOf(c, from + k); at !== -1; at = text.indexOf(c, at + 1)) {
    if (text.startsWith(word, at - k)) return at - k;
  }
  return -1;
}

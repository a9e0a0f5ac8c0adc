// Character-level helpers. They never change the source text kept for display; they make
// searching and matching tolerant of full-width/half-width mixtures and spaced-out characters.

/** Full-width ASCII (digits, letters, punctuation) to half-width; ideographic space to space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += s.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
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
    let replacement: string | null | undefined;
    if (c >= 0xff01 && c <= 0xff5e) {
      const half = c - 0xfee0;
      replacement =
        half === 0x2a || half === 0x23 || half === 0x7c || half === 0x60 || half === 0x3e
          ? ''
          : half === 0x22
            ? '"'
            : String.fromCharCode(half);
    } else if (
      c <= 0x20 ||
      c === 0xa0 ||
      c === 0x3000 ||
      c === 0xfeff ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f
    )
      replacement = '';
    else if (c === 0x2a || c === 0x23 || c === 0x7c || c === 0x60 || c === 0x3e)
      replacement = ''; // * # | ` >
    else if (c === 0x3010 || c === 0x3014)
      replacement = '['; // 【 〔
    else if (c === 0x3011 || c === 0x3015)
      replacement = ']'; // 】 〕
    else if (c === 0x201c || c === 0x201d) replacement = '"';
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
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** 0–9. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** 0–9 or full-width ０–９. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
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

// Page chrome and page markers: kept out of the body text and out of tables.
import { CODE_UNIT_COUNT } from './codePoints.ts';
import type { SourceText } from './sourceText.ts';
import { indexOfBy, isAsciiDigit, lastVisible } from './text.ts';

export interface Span {
  start: number;
  end: number;
}

// Each marker and chrome line is recognised by its regex, filed under the characters it can start
// with (after white space): a line that starts otherwise, as most do, is not tested at all.
const DIGITS = '0123456789';

/** A whole-line rule: the characters a matching line can start with (after white space), and its pattern. */
interface LineRule {
  firsts: string;
  pattern: RegExp;
}

const PAGE_MARKER_LINE: LineRule[] = [
  { firsts: '-—–－~', pattern: /^\s*[-—–－~]{1,3}\s*\d{1,4}\s*[-—–－~]{1,3}\s*$/ }, // - 2 -  — 3 —
  { firsts: '第', pattern: /^\s*第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*$/ },
  { firsts: DIGITS, pattern: /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/ }, // 2/7
];

// A number alone on a line is a page number unless its neighbours are numbers too (a table
// extracted one cell per line).
const LONE_NUMBER = /^\s*\d{1,3}\s*$/;

const CHROME_START = /^\s*(?:当前位置|来源|信息来源|发布日期)\s*[：:]/;

const CHROME_LINE: LineRule[] = [
  { firsts: '当', pattern: /^\s*当前位置\s*[：:]/ },
  { firsts: '附打关【正字分', pattern: /^\s*(附件下载|打印本页|关闭窗口|【?打印】?|【?关闭】?|正文|字体[：:].*|分享到[：:]?.*)\s*$/ },
  { firsts: '发', pattern: /^\s*发布日期\s*[：:]\s*[\d\-年月日 ]+\s*$/ },
  { firsts: '来信', pattern: /^\s*(来源|信息来源)\s*[：:].*(时间|日期)\s*[：:]/ },
];

function byFirstCharacter(rules: LineRule[]): Map<number, RegExp[]> {
  const map = new Map<number, RegExp[]>();
  for (const { firsts, pattern } of rules) {
    for (const first of firsts) {
      const c = first.charCodeAt(0);
      map.set(c, [...(map.get(c) ?? []), pattern]);
    }
  }
  return map;
}

const MARKERS_BY_FIRST = byFirstCharacter(PAGE_MARKER_LINE);
const CHROME_BY_FIRST = byFirstCharacter(CHROME_LINE);
/** Whether a character can start a marker or chrome line: one look-up per line instead of two. */
const CAN_START = new Uint8Array(CODE_UNIT_COUNT);
for (const c of [...MARKERS_BY_FIRST.keys(), ...CHROME_BY_FIRST.keys()]) CAN_START[c] = 1;

// Chrome inside running text (web pages saved as one line), each with a word it cannot match without,
// how many characters before that word a match can start (信息来源 starts two before 来源), and the
// phrase as a sticky regex tried only there: a regex scan of the whole line for each phrase is slower.
// Each word is looked for by one of its characters (at the given index), the one found fastest in
// Chinese text (see indexOfBy): 置 and 源 rather than 当 and 来, measured about 2x faster on long lines.
interface InlineChrome {
  /** A word the phrase cannot match without. */
  word: string;
  /** The index in `word` of the character it is looked for by (see indexOfBy). */
  searchIndex: number;
  /** How many characters before the word a match can start, each tried in turn. */
  backs: number[];
  /** The phrase, sticky: tried only where it can start. */
  phrase: RegExp;
}

const CHROME_INLINE: InlineChrome[] = [
  { word: '当前位置', searchIndex: 3, backs: [0], phrase: /当前位置\s*[：:]\s*\S+/y },
  {
    word: '来源',
    searchIndex: 1,
    backs: [2, 0],
    phrase:
      /(?:来源|信息来源)\s*[：:]\s*\S+\s+(?:发布)?时间\s*[：:]\s*[\d\-: ]+(?:\s*(?:微信|微博|QQ空间|全真版|文字版|文件下载|打印|关闭|相关链接\s*[：:]|-->))*/y,
  },
];
/** The one inline chrome phrase that only counts at the line's end (nothing but white space after it). */
const TRAILING_CHROME = '附件下载';

export function isPageMarker(line: string): boolean {
  return PAGE_MARKER_LINE.some(({ pattern }) => pattern.test(line));
}

/** Spans of the flat text that are not part of the report: page markers and web-page chrome. */
export function findNoise(src: SourceText): Span[] {
  const spans: Span[] = [];
  const openings = src.openings;
  const count = src.lineCount;
  const neighbour = (i: number, step: number): string => {
    for (let j = i + step; j >= 0 && j < count; j += step) if (openings[j] !== -1) return src.line(j + 1);
    return '';
  };
  for (let i = 0; i < count; i++) {
    // Most lines are blank or short and open with a character that starts no marker or chrome line:
    // settled by the line's opening, without reading the line.
    const c = openings[i] as number;
    if (c === -1) continue;
    // Markers and chrome are short lines or, in one-line pages, phrases inside a long line.
    const long = src.lineEnd(i + 1) - src.lineStart(i + 1) > 200;
    if (!long && CAN_START[c] === 0) continue;
    const line = src.line(i + 1);
    // A page number or 2/7 (the only rules for a digit) ends in a digit; 2024 年… does not.
    if (!long && isAsciiDigit(c) && !isAsciiDigit(line.charCodeAt(lastVisible(line)))) continue;
    const markers = MARKERS_BY_FIRST.get(c);
    const chrome = long ? undefined : CHROME_BY_FIRST.get(c);
    if (!long && ((!markers && !chrome) || (line.length > 60 && !CHROME_START.test(line)))) continue;
    const lonePageNumber =
      isAsciiDigit(c) && LONE_NUMBER.test(line) && !/^[\s\d]+$/.test(neighbour(i, -1)) && !/^[\s\d]+$/.test(neighbour(i, 1));
    if (lonePageNumber || markers?.some((re) => re.test(line)) || chrome?.some((re) => re.test(line))) {
      spans.push({ start: src.lineStart(i + 1), end: src.lineEnd(i + 1) });
      continue;
    }
    if (long) inlineChrome(line, src.lineStart(i + 1), spans);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Chrome phrases inside a long line: the matches a global search of each phrase finds, each tried
 * only where its word stands, in order, a match's end being where the next may start.
 */
function inlineChrome(line: string, base: number, spans: Span[]): void {
  for (const { word, searchIndex, backs, phrase } of CHROME_INLINE) {
    let from = 0;
    for (let at = indexOfBy(line, word, searchIndex); at !== -1; at = indexOfBy(line, word, searchIndex, Math.max(at + 1, from))) {
      for (const back of backs) {
        const start = at - back;
        if (start < from) continue;
        phrase.lastIndex = start;
        const m = phrase.exec(line);
        if (m === null) continue;
        spans.push({ start: base + start, end: base + start + m[0].length });
        from = start + m[0].length;
        break;
      }
    }
  }
  // Read where it can stand, before the line's trailing white space, not searched for through the line.
  const at = lastVisible(line) - (TRAILING_CHROME.length - 1);
  if (at >= 0 && line.startsWith(TRAILING_CHROME, at)) spans.push({ start: base + at, end: base + line.length });
}

/** The report's text with its noise blanked; src learns that text's lines from its own (no split of it). */
export function blankNoise(src: SourceText): string {
  const noise = findNoise(src);
  const clean = withoutNoise(src.flat, noise);
  src.knowBlanked(clean, noise);
  return clean;
}

/** The text of [start, end) with noise spans blanked to spaces (offsets are kept). */
export function withoutNoise(flat: string, noise: Span[], start = 0, end = flat.length): string {
  let out = '';
  let pos = start;
  for (const span of noise) {
    if (span.end <= pos || span.start >= end) continue;
    const s = Math.max(span.start, pos);
    out += flat.slice(pos, s);
    const e = Math.min(span.end, end);
    out += flat.slice(s, e).replace(/[^\n]/g, ' ');
    pos = e;
  }
  // Nothing blanked in the whole text: the text itself, so that later identity checks are cheap.
  if (out === '' && start === 0 && end === flat.length) return flat;
  return out + flat.slice(pos, end);
}

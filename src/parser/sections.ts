// Top-level section headings (一、…六、 and legacy variants), recognised by position and meaning
// rather than exact wording: markdown `#`, `**bold**`, half/full-width marks, or buried in one long line.
import {
  ASTERISK,
  CHINESE_EIGHT,
  CHINESE_FIVE,
  CHINESE_FOUR,
  CHINESE_IS,
  CHINESE_NINE,
  CHINESE_ONE,
  CHINESE_SEVEN,
  CHINESE_SIX,
  CHINESE_TEN,
  CHINESE_THREE,
  CHINESE_TWO,
  COLON,
  COMMA,
  FULLWIDTH_COLON,
  FULLWIDTH_COMMA,
  FULLWIDTH_FULL_STOP,
  FULLWIDTH_RIGHT_PARENTHESIS,
  FULLWIDTH_SEMICOLON,
  FULL_STOP,
  IDEOGRAPHIC_COMMA,
  IDEOGRAPHIC_FULL_STOP,
  NUMBER_SIGN,
  RIGHT_CORNER_BRACKET,
  RIGHT_DOUBLE_QUOTATION_MARK,
  RIGHT_PARENTHESIS,
  SEMICOLON,
  SPACE,
  VERTICAL_LINE,
} from './codePoints.ts';
import type { SectionKey } from './types.ts';
import type { SourceText } from './sourceText.ts';
import { chineseNumber, compact, firstVisible, isAsciiDigit, isSpace, lastVisible } from './text.ts';
import { isGridLine } from './tokens.ts';
import { remembered } from './memo.ts';

export interface Heading {
  number: number | null;
  key: SectionKey | null;
  heading: string;
  line: number;
  /** Flat offsets of the heading itself. */
  start: number;
  end: number;
}

/** Table row labels that look like section headings. */
const TABLE_LABEL =
  /本年新收|上年结转|本年度办理结果|结转下年度|回应解读情况$|行政复议数量|行政诉讼数量|举报投诉数量|收取的费用|机构建设和保障经费|会议和培训情况/;

export function sectionKey(heading: string): SectionKey | null {
  return compactSectionKey(compact(heading));
}

/** What a heading's text says: whether it is a table row's label, and which section it names. */
interface HeadingMeaning {
  tableLabel: boolean;
  key: SectionKey | null;
}

/** Remembered per heading text: the same few headings recur in every report. */
const meaningOf = remembered((heading: string): HeadingMeaning => {
  const compacted = compact(heading);
  return { tableLabel: TABLE_LABEL.test(compacted), key: compactSectionKey(compacted) };
});

/** sectionKey of a heading already in compact form. */
function compactSectionKey(h: string): SectionKey | null {
  if (/复议|诉讼/.test(h)) return 'reviewLitigation';
  if (/收到和处理|依申请|公开申请/.test(h)) return 'applications';
  if (/主动公开/.test(h)) return 'proactive';
  if (/问题|改进/.test(h)) return 'problems';
  if (/其他需要报告|其他事项/.test(h)) return 'other';
  if (/总体情况|概述/.test(h)) return 'overview';
  if (/收费/.test(h)) return 'fees';
  if (/统计表/.test(h)) return 'statistics';
  return null;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const LINE_HEADING = new RegExp(`^\\s*(?:#{1,6}\\s*)?(?:\\*\\*)?\\s*(${NUMERAL})\\s*[、,，.．]\\s*(.*)$`);
const HEADING_START = /^[\s#*]*[一二三四五六七八九十]/;
const ENDINGS = /情况|概述|事项|措施|统计表|工作|问题|建设|保障|管理/g;

/** In running text, where does a heading stop? At a break, or after its last heading-like word. */
function cutInlineHeading(rest: string): string {
  const m = /^[^\s。；;，,\d(（:：]{2,60}/.exec(rest);
  const segment = m ? m[0] : rest.slice(0, 20);
  let end = -1;
  ENDINGS.lastIndex = 0;
  for (let e = ENDINGS.exec(segment); e !== null; e = ENDINGS.exec(segment)) end = e.index + e[0].length;
  return end > 0 ? segment.slice(0, end) : segment;
}

/** Without markdown marks and a closing full stop; each step runs only when its mark is there. */
function cleanHeading(text: string): string {
  let t = text.includes('**') ? text.replace(/\*\*/g, '') : text;
  if (t.startsWith('#')) t = t.replace(/^#+\s*/, '');
  t = t.trim();
  return t.endsWith('。') || t.endsWith('.') ? t.slice(0, -1).trim() : t;
}

export function findHeadings(src: SourceText, clean: string): Heading[] {
  const headings: Heading[] = [];
  // Lines are settled by their length and opening where possible, without reading them.
  const openings = src.openingsOf(clean);
  // A report saved as one line (of any length) has its headings inside that line.
  const oneLine = hasOneContentLine(src.openings);
  // The few lines naming a 统计表 are found by one search through the text, not one per line.
  let statisticsAt = clean.indexOf('统计表');
  const count = src.lineCount;
  for (let i = 0; i < count; i++) {
    const line = i + 1;
    const lineStart = src.lineStart(line);
    const lineEnd = src.lineEnd(line);
    if (statisticsAt !== -1 && statisticsAt < lineStart) statisticsAt = clean.indexOf('统计表', lineStart);
    const statisticsLine = statisticsAt !== -1 && statisticsAt < lineEnd;
    const opening = openings[i] as number;
    if (lineEnd - lineStart > 300 || (oneLine && lineEnd - lineStart > 40)) {
      const raw = src.lineOf(clean, line);
      if (opening !== -1 && !isCleanGridLine(src, line, raw, opening))
        headings.push(...inlineHeadings(raw, lineStart, line, statisticsLine));
      continue;
    }
    // Only a statistics title or a line starting with a numeral can be a heading: skip the rest cheaply.
    if (!statisticsLine && !mayStartNumbered(opening)) continue;
    const raw = src.lineOf(clean, line);
    const numbered = startsNumbered(raw, opening);
    if ((!statisticsLine && !numbered) || isCleanGridLine(src, line, raw, opening)) continue;
    const statistics = statisticsLine ? statisticsTitle(raw) : null;
    if (statistics) {
      headings.push({
        number: statistics.number,
        key: 'statistics',
        heading: statistics.heading,
        line,
        start: src.lineStart(line),
        end: src.lineEnd(line),
      });
      continue;
    }
    if (!numbered) continue;
    const m = lineHeading(raw, opening);
    if (!m) continue;
    const number = m.number;
    let rest = cleanHeading(m.rest);
    // The cheap tests first: a look-up in the memo hashes the text.
    if (rest === '' || endsInDigit(rest) || rest.charCodeAt(0) === CHINESE_IS) continue;
    let meaning = meaningOf(rest);
    if (meaning.tableLabel) continue;
    const start = src.lineStart(line);
    let end = src.lineEnd(line);
    if (rest.length > 40 || hasStopBeforeEnd(rest)) {
      const cut = cutInlineHeading(rest);
      meaning = meaningOf(cut);
      if (meaning.key === null) continue;
      end = start + raw.indexOf(cut) + cut.length;
      rest = cut;
    }
    headings.push({ number, key: meaning.key, heading: rest, line, start, end });
  }
  return headings;
}

/**
 * isGridLine of a line of the blanked text (`opening` its first visible character): without a tab in
 * the source line (asked of src, which remembers its last search) it has none either, and only a
 * markdown row is left to tell.
 */
function isCleanGridLine(src: SourceText, line: number, raw: string, opening: number): boolean {
  return (opening === VERTICAL_LINE || src.hasTab(line)) && isGridLine(raw);
}

/** Whether exactly one line has any text (counting stops at the second), by the lines' openings. */
function hasOneContentLine(openings: number[]): boolean {
  let count = 0;
  for (let i = 0; i < openings.length && count < 2; i++) if (openings[i] !== -1) count++;
  return count === 1;
}

/** 一 … 十 by character code: 1 … 10, else 0. A switch, not a Map: lines' first codes include NaN (empty lines), a slow Map key. */
function numeralValue(c: number): number {
  switch (c) {
    case CHINESE_ONE:
      return 1;
    case CHINESE_TWO:
      return 2;
    case CHINESE_THREE:
      return 3;
    case CHINESE_FOUR:
      return 4;
    case CHINESE_FIVE:
      return 5;
    case CHINESE_SIX:
      return 6;
    case CHINESE_SEVEN:
      return 7;
    case CHINESE_EIGHT:
      return 8;
    case CHINESE_NINE:
      return 9;
    case CHINESE_TEN:
      return 10;
    default:
      return 0;
  }
}

function isNumeral(c: number): boolean {
  return numeralValue(c) !== 0;
}

/** Whether a line whose first visible character is `opening` can match HEADING_START: a numeral or a mark (# *) first. */
function mayStartNumbered(opening: number): boolean {
  return isNumeral(opening) || opening === NUMBER_SIGN || opening === ASTERISK;
}

/**
 * HEADING_START.test(raw), settled by the first character when that is the numeral `opening` (the
 * first visible one): only lines opening with white space or marks run the regex.
 */
function startsNumbered(raw: string, opening: number): boolean {
  if (!mayStartNumbered(opening)) return false;
  if (raw.charCodeAt(0) === opening && isNumeral(opening)) return true;
  return HEADING_START.test(raw);
}

/**
 * LINE_HEADING's reading of a line (`opening` its first visible character): its number and the text
 * after the numeral's mark. A line opening with the numeral itself, the usual heading, is read by
 * character codes; a line opening with white space or markdown marks runs the regex.
 */
function lineHeading(raw: string, opening: number): { number: number | null; rest: string } | null {
  if (raw.charCodeAt(0) !== opening || !isNumeral(opening)) {
    const m = LINE_HEADING.exec(raw);
    return m ? { number: numeralNumber(m[1] ?? ''), rest: m[2] ?? '' } : null;
  }
  // One to three numerals (a fourth leaves no mark where one must be), white space, one mark.
  let j = 1;
  while (j < raw.length && isNumeral(raw.charCodeAt(j))) j++;
  if (j > 3) return null;
  const number = j === 1 ? numeralValue(opening) : chineseNumber(raw.slice(0, j));
  j = firstVisible(raw, j);
  if (!isHeadingMark(raw.charCodeAt(j))) return null;
  const from = firstVisible(raw, j + 1);
  const rest = raw.slice(from);
  // (.*)$: no line terminator may follow (a line holds no \n, but can hold \u2028 or \u2029).
  return LINE_TERMINATOR.test(rest) ? null : { number, rest };
}

/** 、 , ， . ． : the marks after a heading's numeral. */
function isHeadingMark(c: number): boolean {
  return c === IDEOGRAPHIC_COMMA || c === COMMA || c === FULLWIDTH_COMMA || c === FULL_STOP || c === FULLWIDTH_FULL_STOP;
}

/** What a regex's `.` does not match (a regex finds one faster than a loop over the codes of a cut line). */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** /\d\s*$/.test(s) by character codes. */
function endsInDigit(s: string): boolean {
  return isAsciiDigit(s.charCodeAt(lastVisible(s)));
}

/** /[。；]/.test(s.slice(0, -1)) by character codes: a full stop or semicolon before the last character. */
function hasStopBeforeEnd(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c === IDEOGRAPHIC_FULL_STOP || c === FULLWIDTH_SEMICOLON) return true;
  }
  return false;
}

/** chineseNumber of a run of 1–3 numerals; a single one is looked up by its code. */
function numeralNumber(s: string): number | null {
  return s.length === 1 ? numeralValue(s.charCodeAt(0)) || null : chineseNumber(s);
}

const NUMBERED_TITLE = new RegExp(`^(${NUMERAL})\\s*[、,，.．]\\s*(.*)$`);

function statisticsTitle(raw: string): { number: number | null; heading: string } | null {
  const text = cleanHeading(raw);
  if (text.length > 50 || !/统计表$/.test(text)) return null;
  const numbered = NUMBERED_TITLE.exec(text);
  if (numbered) return { number: chineseNumber(numbered[1] ?? ''), heading: (numbered[2] ?? '').trim() };
  return { number: null, heading: text.replace(/^附件\s*\d*\s*[：:]\s*/, '') };
}

/** A numeral, spaces, 、: where an inline heading can be. */
const NUMERAL_DUN = /[一二三四五六七八九十] *、/g;
/** Whether c can stand right before an inline heading not glued to the previous word: white space or 。；;：:）)」”. */
function breaksBefore(c: number): boolean {
  if (isSpace(c)) return true;
  switch (c) {
    case IDEOGRAPHIC_FULL_STOP:
    case FULLWIDTH_SEMICOLON:
    case SEMICOLON:
    case FULLWIDTH_COLON:
    case COLON:
    case FULLWIDTH_RIGHT_PARENTHESIS:
    case RIGHT_PARENTHESIS:
    case RIGHT_CORNER_BRACKET:
    case RIGHT_DOUBLE_QUOTATION_MARK:
      return true;
    default:
      return false;
  }
}

/**
 * Headings inside a report saved as one long line: numbered in sequence, each followed by running text.
 * `namesStatistics`: whether 统计表 occurs in the line (else no attached 统计表 is looked for).
 */
function inlineHeadings(raw: string, base: number, line: number, namesStatistics: boolean): Heading[] {
  const out: Heading[] = [];
  let expected = 1;
  // Walk the 、 marks with a numeral right before them: a one-numeral pattern (found faster than each
  // 、 by indexOf); the numeral run is then read backwards from the mark.
  NUMERAL_DUN.lastIndex = 0;
  while (NUMERAL_DUN.test(raw)) {
    const dun = NUMERAL_DUN.lastIndex - 1;
    let numeralEnd = dun;
    while (numeralEnd > 0 && raw.charCodeAt(numeralEnd - 1) === SPACE) numeralEnd--;
    let numeralStart = numeralEnd;
    while (numeralStart > 0 && numeralEnd - numeralStart < 3 && isNumeral(raw.charCodeAt(numeralStart - 1))) numeralStart--;
    if (numeralStart === numeralEnd) continue;
    const number = numeralNumber(raw.slice(numeralStart, numeralEnd));
    // Only the expected number or the next one can continue the sequence (checked in full below).
    if (number === null || (number !== expected && number !== expected + 1)) continue;
    let restStart = dun + 1;
    while (raw.charCodeAt(restStart) === SPACE) restStart++;
    const heading = cutInlineHeading(raw.slice(restStart, restStart + 80));
    const meaning = meaningOf(heading);
    if (meaning.tableLabel || heading.length < 2) continue;
    const key = meaning.key;
    // Glued to the previous word (…52元三、收到…), only the next number of a known heading counts.
    let start = numeralStart;
    while (start > 0 && raw.charCodeAt(start - 1) === SPACE) start--;
    const glued = start > 0 && !breaksBefore(raw.charCodeAt(start - 1));
    if (glued && !(number === expected && key !== null)) continue;
    // A heading continues the sequence (一、二、…); a stray 一、 in running text does not.
    if (number !== expected && !(number === expected + 1 && key !== null)) continue;
    out.push({ number, key, heading, line, start: base + numeralStart, end: base + restStart + heading.length });
    expected = number + 1;
  }
  const stats = namesStatistics ? attachedStatistics(raw) : null;
  if (stats && !out.some((h) => h.key === 'statistics')) {
    out.push({
      number: null,
      key: 'statistics',
      heading: stats[1] ?? '',
      line,
      start: base + stats.index,
      end: base + stats.index + stats[0].length,
    });
    // The numbered headings came in order; only this one can be out of place.
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const ATTACHED_STATISTICS = /附件\s*\d*\s*[：:]\s*([^\s。]{2,60}?统计表)/y;

/** The first 附件：…统计表 in a line: tried where 附件 stands (rare, found by indexOf), not scanned for. */
function attachedStatistics(raw: string): RegExpExecArray | null {
  for (let at = raw.indexOf('附件'); at !== -1; at = raw.indexOf('附件', at + 1)) {
    ATTACHED_STATISTICS.lastIndex = at;
    const m = ATTACHED_STATISTICS.exec(raw);
    if (m) return m;
  }
  return null;
}

// Grid lines: a table row whose cells are separated by tabs or markdown bars. A grid line's
// cells are cut and read in place; only label cells (and unusual ones) become strings.
import { CJK_FIRST, CJK_LAST, DIGIT_ZERO, FULLWIDTH_LEFT_PARENTHESIS, LEFT_PARENTHESIS, SPACE, TAB, VERTICAL_LINE } from './codePoints.ts';
import type { DataChunk } from './records.ts';
import { firstVisible, isSpace, toHalfWidth } from './text.ts';
import { UNIT_CHARACTERS, UNIT_PATTERN } from './units.ts';

/** One grid line, its cells already read: one cell per tab or bar, blanks kept. */
export interface GridRow {
  kind: 'gridRow';
  /** Every text cell of the line, joined by a space. */
  label: string;
  /** The cells after the last text cell: numbers, or null for a blank or a dash. */
  chunks: DataChunk[];
  allBlank: boolean;
  /** A tab-separated line with at least one data cell. */
  tab: boolean;
  line: number;
  end: number;
}

const NUMERIC_CELL = new RegExp(`^([-+]?)(\\d{1,15}(?:\\.\\d{1,6})?)\\s*${UNIT_PATTERN}?$`);
const THOUSANDS_CELL = /^\d{1,3}(,\d{3})+$/;
const BLANK_CELL = /^[\s\-—–/\\~～_.·…]*$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function isGridLine(line: string): boolean {
  if (line.includes('\t')) return true;
  // Most lines are prose: their first visible character settles it without trimming them.
  if (line.charCodeAt(firstVisible(line)) !== VERTICAL_LINE) return false;
  const t = line.trim();
  return t.length > 1 && t.indexOf('|', 1) !== -1;
}

export function gridCells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|');
}

/** The number a grid cell holds, 'blank' for an empty or dash cell, or null when it is text. */
export function cellValue(cell: string): number | 'blank' | null {
  if (cell === '') return 'blank';
  const count = countAt(cell, 0, cell.length);
  if (count !== undefined) return count;
  if (startsWithWord(cell) || hasWordBesidesUnits(cell)) return null;
  if (onlyBlankMarks(cell)) return 'blank';
  const t = toHalfWidth(cell).trim().replace(/−/g, '-');
  if (BLANK_CELL.test(t)) return 'blank';
  if (THOUSANDS_CELL.test(t)) return Number(t.replace(/,/g, ''));
  const m = NUMERIC_CELL.exec(t.replace(/(\d)\s+(?=[^\d\s])/, '$1'));
  if (m) return Number(`${m[1] === '-' ? '-' : ''}${m[2]}`);
  return null;
}

// Dashes, slashes and dots that stand for an empty cell, as written or in full width (BLANK_CELL's set).
const BLANK_MARKS = new Set([...'-—–/\\~～_.·…−－／＼＿．'].map((c) => c.charCodeAt(0)));

/** A cell of nothing but white space and blank marks: what BLANK_CELL matches, without converting the cell. */
function onlyBlankMarks(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (!isSpace(c) && !BLANK_MARKS.has(c)) return false;
  }
  return true;
}

/** A label cell such as `1.属于国家秘密`: a Chinese character that is no unit's means it is not a number. */
function hasWordBesidesUnits(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= CJK_FIRST && c <= CJK_LAST && !UNIT_CHARACTERS.has(c)) return true;
  }
  return false;
}

/** A label cell: its first visible character is a Chinese character or bracket, which no number or blank mark is. */
function startsWithWord(cell: string): boolean {
  const c = cell.charCodeAt(firstVisible(cell));
  return (c >= CJK_FIRST && c <= CJK_LAST) || c === FULLWIDTH_LEFT_PARENTHESIS || c === LEFT_PARENTHESIS;
}

/** A markdown table's rule line (|---|---|): not a row. */
export function isMarkdownRule(line: string): boolean {
  return line.includes('--') && MARKDOWN_RULE.test(line);
}

/**
 * A grid line's cells in [from, end), cut as `gridCells` cuts them and read as `cellValue` reads
 * them, in place: only label cells and unusual ones become strings. `tabLine`: the whole line has a tab.
 */
export function gridRow(text: string, from: number, end: number, tabLine: boolean, line: number): GridRow {
  let to = end;
  const tabs = tabLine && hasTab(text, from, to);
  if (!tabs) {
    // Markdown: white space off both ends, then one bar at each end.
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (from < to && text.charCodeAt(from) === VERTICAL_LINE) from++;
    if (to > from && text.charCodeAt(to - 1) === VERTICAL_LINE) to--;
  }
  const mark = tabs ? TAB : VERTICAL_LINE;
  let label = '';
  let labelled = false;
  let anyCell = false;
  let chunks: DataChunk[] = [];
  let allBlank = true;
  for (let cellStart = from; ;) {
    // A bounded walk, not indexOf: the next mark may be pages away, or nowhere.
    let cellEnd = cellStart;
    while (cellEnd < to && text.charCodeAt(cellEnd) !== mark) cellEnd++;
    let value = cellEnd === cellStart ? null : countAt(text, cellStart, cellEnd);
    if (value === undefined) {
      const cell = text.slice(cellStart, cellEnd);
      const v = cellValue(cell);
      if (v === null) {
        // A label cell: the data are the cells after the last one.
        label = labelled ? `${label} ${cell.trim()}` : cell.trim();
        labelled = true;
        chunks = [];
        allBlank = true;
      } else value = v === 'blank' ? null : v;
    }
    if (value !== undefined) {
      anyCell = true;
      chunks.push(value);
      if (value !== null) allBlank = false;
    }
    if (cellEnd === to) break;
    cellStart = cellEnd + 1;
  }
  return { kind: 'gridRow', label, chunks, allBlank, tab: tabLine && anyCell, line, end };
}

function hasTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === TAB) return true;
  return false;
}

/** The common cell, up to 15 ASCII digits between spaces, read in place without a regex; undefined otherwise. */
function countAt(text: string, from: number, to: number): number | undefined {
  while (from < to && text.charCodeAt(from) === SPACE) from++;
  while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
  if (to === from || to - from > 15) return undefined;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - DIGIT_ZERO;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

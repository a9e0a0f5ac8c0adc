// Lines a record's data up with a table's columns. Every reading the text allows becomes a
// candidate; arithmetic may rule candidates out; a cell is known only when every remaining
// candidate agrees on it. Nothing here guesses: an undecidable cell is null.
import { DIGIT_NINE, DIGIT_ZERO, FULL_STOP, HYPHEN_MINUS } from './codePoints.ts';
import type { Cell } from './types.ts';
import { type DataChunk, isRun } from './records.ts';

/** How a grid table's rows are laid out: whether label placeholders and line-end tabs occur in it. */
export interface GridLayout {
  leadingPlaceholders: boolean;
  trailingArtefacts: boolean;
}

export interface ColumnSpec {
  /** Whether the column may hold a fraction (money). */
  decimal: boolean;
  /** Whether the column may be negative (本年增/减). */
  signed: boolean;
}

export type Reading = Cell[];

export interface Alignment {
  /** Candidate readings; empty when the data cannot fill the columns. */
  readings: Reading[];
  /** True when at least one reading of the text loses a cell (its position unknown). */
  lost: boolean;
  /** True when a digit run had more splits than are worth enumerating. */
  tooMany: boolean;
}

const MAX_READINGS = 2000;

// The four layouts, shared: a layout is only read, and a table asks for one per row (table 2 and 4).
const NO_ARTEFACTS: GridLayout = { leadingPlaceholders: false, trailingArtefacts: false };
const LEADING: GridLayout = { leadingPlaceholders: true, trailingArtefacts: false };
const TRAILING: GridLayout = { leadingPlaceholders: false, trailingArtefacts: true };
const BOTH: GridLayout = { leadingPlaceholders: true, trailingArtefacts: true };

/** The layout of a table whose cells are all explicit: no placeholders, no line-end artefacts. */
export const PLAIN_LAYOUT = NO_ARTEFACTS;

/** Placeholders and line-end artefacts come from tab-separated extraction; markdown cells are explicit. */
export function gridLayoutOf(rows: readonly { chunks: DataChunk[]; tab: boolean }[], columns: number): GridLayout {
  let leadingPlaceholders = false;
  let trailingArtefacts = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as { chunks: DataChunk[]; tab: boolean };
    if (!row.tab) continue;
    const chunks = row.chunks;
    if (chunks.length <= columns || !allCells(chunks)) continue;
    if (isBlank(chunks[0])) leadingPlaceholders = true;
    if (isBlank(chunks[chunks.length - 1])) trailingArtefacts = true;
  }
  return leadingPlaceholders ? (trailingArtefacts ? BOTH : LEADING) : trailingArtefacts ? TRAILING : NO_ARTEFACTS;
}

/** The layout of one row read on its own (tables 2 and 4), without a list of one. */
export function rowLayoutOf(row: { chunks: DataChunk[]; tab: boolean }, columns: number): GridLayout {
  const chunks = row.chunks;
  if (!row.tab || chunks.length <= columns || !allCells(chunks)) return NO_ARTEFACTS;
  const leading = isBlank(chunks[0]);
  const trailing = isBlank(chunks[chunks.length - 1]);
  return leading ? (trailing ? BOTH : LEADING) : trailing ? TRAILING : NO_ARTEFACTS;
}

function allCells(chunks: DataChunk[]): boolean {
  for (let i = 0; i < chunks.length; i++) if (isRun(chunks[i])) return false;
  return true;
}

function isBlank(c: DataChunk | undefined): boolean {
  return c === null;
}

export function alignRow(chunks: DataChunk[], columns: ColumnSpec[], layout: GridLayout): Alignment {
  if (allCells(chunks)) return alignGridRow(chunks, columns.length, layout);
  return alignRuns(chunks, columns);
}

function alignGridRow(chunks: DataChunk[], n: number, layout: GridLayout): Alignment {
  const length = chunks.length;
  // A leading placeholder or a line-end artefact may or may not be a cell: each choice is a reading.
  const lead = layout.leadingPlaceholders && isBlank(chunks[0]) ? 1 : 0;
  const trail = layout.trailingArtefacts && length > 1 && isBlank(chunks[length - 1]) ? 1 : 0;
  // The usual row: as many cells as columns and nothing to choose.
  if (lead === 0 && trail === 0 && length === n) return { readings: [valuesOf(chunks, 0, n)], lost: false, tooMany: false };
  const readings: Reading[] = [];
  let lost = false;
  for (let l = 0; l <= lead; l++) {
    for (let t = 0; t <= trail; t++) {
      const kept = length - l - t;
      if (kept === n) readings.push(valuesOf(chunks, l, length - t));
      else if (kept < n) lost = true;
    }
  }
  // Rows of a grid without placeholders may still carry surplus blank cells at the line end.
  if (readings.length === 0 && !lost && length > n && blankFrom(chunks, n)) readings.push(valuesOf(chunks, 0, n));
  if (readings.length === 0 && length < n) lost = true;
  return { readings, lost, tooMany: false };
}

/** The values of grid cells from…to (cells only). */
function valuesOf(chunks: DataChunk[], from: number, to: number): Reading {
  const out: Reading = [];
  for (let i = from; i < to; i++) {
    const c = chunks[i] as DataChunk;
    out.push(isRun(c) ? null : c);
  }
  return out;
}

function blankFrom(chunks: DataChunk[], from: number): boolean {
  for (let i = from; i < chunks.length; i++) if (!isBlank(chunks[i])) return false;
  return true;
}

/** Ways to write a run of digits as numbers for `parts` columns from `first`, honouring each column's kind. */
function splitRun(raw: string, columns: ColumnSpec[], first: number, parts: number): number[][] | 'tooMany' {
  const negative = raw.startsWith('-');
  const digits = negative ? raw.slice(1) : raw;
  if (digits.includes('.')) return splitDecimalRun(digits, negative, columns.slice(first, first + parts));
  // Whole numbers, the usual case: values are built digit by digit, no substrings or regexes.
  const length = digits.length;
  const unsignedFirst = negative && !(columns[first] as ColumnSpec).signed;
  // A digit per column (0000000 for seven columns): the one split.
  if (length === parts) return unsignedFirst ? [] : [digitByDigit(digits, negative)];
  const out: number[][] = [];
  const acc: number[] = [];
  const walk = (pos: number, index: number): boolean => {
    if (out.length > MAX_READINGS) return false;
    if (index === parts) {
      if (pos === length) out.push(acc.slice());
      return true;
    }
    if (index === 0 && unsignedFirst) return true;
    // The last number must take every digit left: a shorter one leaves digits over and adds no split.
    if (index === parts - 1) {
      const value = wholeNumber(digits, pos);
      if (value !== null) {
        acc.push(index === 0 && negative ? -value : value);
        out.push(acc.slice());
        acc.pop();
      }
      return true;
    }
    // A leading zero stands alone ("07" is not a number); beyond 15 digits a number cannot be held exactly.
    const last = digits.charCodeAt(pos) === DIGIT_ZERO ? pos + 1 : Math.min(length - (parts - index - 1), pos + 15);
    let value = 0;
    for (let end = pos + 1; end <= last; end++) {
      value = value * 10 + (digits.charCodeAt(end - 1) - DIGIT_ZERO);
      acc.push(index === 0 && negative ? -value : value);
      if (!walk(end, index + 1)) return false;
      acc.pop();
    }
    return true;
  };
  if (!walk(0, 0)) return 'tooMany';
  return out;
}

/** Each digit a number, the first negated for a negative run. */
function digitByDigit(digits: string, negative: boolean): number[] {
  const split: number[] = [];
  for (let i = 0; i < digits.length; i++) {
    const value = digits.charCodeAt(i) - DIGIT_ZERO;
    split.push(i === 0 && negative ? -value : value);
  }
  return split;
}

/** The digits from `pos` to the end as one number, as the walk reads them; null when they cannot be one. */
function wholeNumber(digits: string, pos: number): number | null {
  const length = digits.length;
  // A leading zero stands alone; beyond 15 digits a number cannot be held exactly.
  if (pos >= length || length - pos > 15 || (digits.charCodeAt(pos) === DIGIT_ZERO && length - pos > 1)) return null;
  let value = 0;
  for (let i = pos; i < length; i++) value = value * 10 + (digits.charCodeAt(i) - DIGIT_ZERO);
  return value;
}

function splitDecimalRun(digits: string, negative: boolean, specs: ColumnSpec[]): number[][] | 'tooMany' {
  const out: number[][] = [];
  const parts = specs.length;
  const walk = (pos: number, index: number, acc: number[]): boolean => {
    if (out.length > MAX_READINGS) return false;
    if (index === parts) {
      if (pos === digits.length) out.push([...acc]);
      return true;
    }
    const spec = specs[index] as ColumnSpec;
    const remainingParts = parts - index - 1;
    // The last number must take every digit left (see splitRun).
    if (remainingParts === 0) {
      if (pos < digits.length) {
        const piece = digits.slice(pos);
        if (validNumber(piece, spec) && !piece.endsWith('.') && !(index === 0 && negative && !spec.signed)) {
          acc.push(Number(index === 0 && negative ? `-${piece}` : piece));
          out.push([...acc]);
          acc.pop();
        }
      }
      return true;
    }
    for (let end = pos + 1; end <= digits.length - remainingParts; end++) {
      const piece = digits.slice(pos, end);
      if (!validNumber(piece, spec)) continue;
      // A decimal point belongs to one number only; do not cut through "2843.38".
      if (piece.endsWith('.') || digits[end] === '.') continue;
      const value = Number(index === 0 && negative ? `-${piece}` : piece);
      if (index === 0 && negative && !spec.signed) continue;
      acc.push(value);
      if (!walk(end, index + 1, acc)) return false;
      acc.pop();
    }
    return true;
  };
  if (!walk(0, 0, [])) return 'tooMany';
  return out;
}

/** `0`, or digits without a leading zero, with a fraction only in a money column; at most 15 digits. */
function validNumber(piece: string, spec: ColumnSpec): boolean {
  const length = piece.length;
  let dot = -1;
  for (let i = 0; i < length; i++) {
    const c = piece.charCodeAt(i);
    if (c === FULL_STOP) {
      if (!spec.decimal || dot !== -1) return false;
      dot = i;
    } else if (c < DIGIT_ZERO || c > DIGIT_NINE) return false;
  }
  const whole = dot === -1 ? length : dot;
  if (whole === 0 || dot === length - 1) return false;
  if (whole > 1 && piece.charCodeAt(0) === DIGIT_ZERO) return false;
  // Beyond 15 digits a number cannot be held exactly; reading it would change it.
  return (dot === -1 ? length : length - 1) <= 15;
}

function alignRuns(chunks: DataChunk[], columns: ColumnSpec[]): Alignment {
  const runs: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as DataChunk;
    runs.push(isRun(c) ? c : c === null ? '' : String(c));
  }
  const n = columns.length;
  // As many runs as columns (spaced-out numbers): each run is one cell, no enumeration needed.
  if (runs.length === n) {
    const reading = eachRunACell(runs, columns);
    if (reading !== null) return { readings: [reading], lost: false, tooMany: false };
  }
  // One run for all columns (a row printed as 0000000): its splits are the readings.
  if (runs.length === 1) return alignOneRun(runs[0] as string, columns);
  const readings: Reading[] = [];
  let tooMany = false;
  // digitsFrom[i]: the digits of runs i…; a run must leave the later runs no more columns than digits.
  const digitsFrom = new Array<number>(runs.length + 1).fill(0);
  for (let i = runs.length - 1; i >= 0; i--) digitsFrom[i] = (digitsFrom[i + 1] as number) + digitCountOf(runs[i] as string);
  // Distribute the columns over the runs (each run holds at least one), then split each run.
  const walk = (runIndex: number, column: number, acc: Reading): void => {
    if (tooMany) return;
    if (runIndex === runs.length) {
      if (column === n) readings.push([...acc]);
      return;
    }
    const run = runs[runIndex] as string;
    const digitCount = (digitsFrom[runIndex] as number) - (digitsFrom[runIndex + 1] as number);
    const maxParts = Math.min(digitCount, n - column - (runs.length - runIndex - 1));
    const minParts = Math.max(1, n - column - (digitsFrom[runIndex + 1] as number));
    for (let parts = minParts; parts <= maxParts; parts++) {
      const splits = splitRun(run, columns, column, parts);
      if (splits === 'tooMany') {
        tooMany = true;
        return;
      }
      for (const split of splits) {
        acc.push(...split);
        walk(runIndex + 1, column + parts, acc);
        acc.length -= split.length;
        if (readings.length > MAX_READINGS) {
          tooMany = true;
          return;
        }
      }
    }
  };
  walk(0, 0, []);
  return { readings, lost: readings.length === 0 && !tooMany && (digitsFrom[0] as number) < n, tooMany };
}

function digitCountOf(run: string): number {
  let count = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c !== HYPHEN_MINUS && c !== FULL_STOP) count++;
  }
  return count;
}

/** Each run read as one cell; null when a run is no number for its column. */
function eachRunACell(runs: string[], columns: ColumnSpec[]): Reading | null {
  const reading: Reading = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as string;
    const negative = r.startsWith('-');
    const spec = columns[i] as ColumnSpec;
    if (!validNumber(negative ? r.slice(1) : r, spec) || (negative && !spec.signed)) return null;
    reading.push(Number(r));
  }
  return reading;
}

/** alignRuns for a single run: the walk over runs would copy each split into a reading of its own. */
function alignOneRun(run: string, columns: ColumnSpec[]): Alignment {
  const n = columns.length;
  if (digitCountOf(run) < n) return { readings: [], lost: true, tooMany: false };
  const splits = splitRun(run, columns, 0, n);
  if (splits === 'tooMany') return { readings: [], lost: false, tooMany: true };
  return { readings: splits, lost: false, tooMany: splits.length > MAX_READINGS };
}

/** The cells every reading agrees on; null elsewhere. */
export function agreedCells(readings: Reading[], n: number): Reading {
  const first = readings[0];
  // One reading of the full width (the usual row) agrees with itself: it is the answer.
  if (readings.length === 1 && (first as Reading).length === n) return first as Reading;
  const out: Reading = new Array<Cell>(n);
  for (let i = 0; i < n; i++) {
    const value = first?.[i] ?? null;
    let agreed = true;
    for (let k = 1; k < readings.length && agreed; k++) agreed = ((readings[k] as Reading)[i] ?? null) === value;
    out[i] = agreed ? value : null;
  }
  return out;
}

// Lines a record's data up with a table's columns. Every reading the text allows becomes a
// candidate; arithmetic may rule candidates out; a cell is known only when every remaining
// candidate agrees on it. Nothing here guesses: an undecidable cell is null.
import type { Cell } from './types.ts';
import type { DataChunk } from './records.ts';

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

/** Placeholders and line-end artefacts come from tab-separated extraction; markdown cells are explicit. */
export function gridLayoutOf(rows: { chunks: DataChunk[]; tab: boolean }[], columns: number): GridLayout {
  let leadingPlaceholders = false;
  let trailingArtefacts = false;
  for (const { chunks, tab } of rows) {
    if (!tab) continue;
    if (chunks.length <= columns || chunks.some((c) => c.kind !== 'cell')) continue;
    if (isBlank(chunks[0])) leadingPlaceholders = true;
    if (isBlank(chunks[chunks.length - 1])) trailingArtefacts = true;
  }
  return { leadingPlaceholders, trailingArtefacts };
}

function isBlank(c: DataChunk | undefined): boolean {
  return c !== undefined && c.kind === 'cell' && c.value === null;
}

export function alignRow(chunks: DataChunk[], columns: ColumnSpec[], layout: GridLayout): Alignment {
  if (chunks.every((c) => c.kind === 'cell')) return alignGridRow(chunks, columns.length, layout);
  return alignRuns(chunks, columns);
}

function alignGridRow(chunks: DataChunk[], n: number, layout: GridLayout): Alignment {
  const values = chunks.map((c) => (c.kind === 'cell' ? c.value : null));
  const readings: Reading[] = [];
  let lost = false;
  const leadOptions = layout.leadingPlaceholders && values[0] === null ? [0, 1] : [0];
  const trailOptions = layout.trailingArtefacts && values.length > 1 && values[values.length - 1] === null ? [0, 1] : [0];
  for (const lead of leadOptions) {
    for (const trail of trailOptions) {
      const kept = values.slice(lead, values.length - trail);
      if (kept.length === n) readings.push(kept);
      else if (kept.length < n) lost = true;
    }
  }
  // Rows of a grid without placeholders may still carry surplus blank cells at the line end.
  if (readings.length === 0 && !lost && values.length > n && values.slice(n).every((v) => v === null)) {
    readings.push(values.slice(0, n));
  }
  if (readings.length === 0 && values.length < n) lost = true;
  return { readings, lost, tooMany: false };
}

/** Ways to write a run of digits as numbers for `parts` columns from `first`, honouring each column's kind. */
function splitRun(raw: string, columns: ColumnSpec[], first: number, parts: number): number[][] | 'tooMany' {
  const negative = raw.startsWith('-');
  const digits = negative ? raw.slice(1) : raw;
  if (digits.includes('.')) return splitDecimalRun(digits, negative, columns.slice(first, first + parts));
  // Whole numbers, the usual case: values are built digit by digit, no substrings or regexes.
  const out: number[][] = [];
  const acc: number[] = [];
  const length = digits.length;
  const walk = (pos: number, index: number): boolean => {
    if (out.length > MAX_READINGS) return false;
    if (index === parts) {
      if (pos === length) out.push(acc.slice());
      return true;
    }
    if (index === 0 && negative && !(columns[first] as ColumnSpec).signed) return true;
    // A leading zero stands alone ("07" is not a number); beyond 15 digits a number cannot be held exactly.
    const last = digits.charCodeAt(pos) === 48 ? pos + 1 : Math.min(length - (parts - index - 1), pos + 15);
    let value = 0;
    for (let end = pos + 1; end <= last; end++) {
      value = value * 10 + (digits.charCodeAt(end - 1) - 48);
      acc.push(index === 0 && negative ? -value : value);
      if (!walk(end, index + 1)) return false;
      acc.pop();
    }
    return true;
  };
  if (!walk(0, 0)) return 'tooMany';
  return out;
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
    if (c === 46) {
      if (!spec.decimal || dot !== -1) return false;
      dot = i;
    } else if (c < 48 || c > 57) return false;
  }
  const whole = dot === -1 ? length : dot;
  if (whole === 0 || dot === length - 1) return false;
  if (whole > 1 && piece.charCodeAt(0) === 48) return false;
  // Beyond 15 digits a number cannot be held exactly; reading it would change it.
  return (dot === -1 ? length : length - 1) <= 15;
}

function alignRuns(chunks: DataChunk[], columns: ColumnSpec[]): Alignment {
  const runs = chunks.map((c) => (c.kind === 'run' ? c.raw : c.value === null ? '' : String(c.value)));
  const n = columns.length;
  // As many runs as columns (spaced-out numbers): each run is one cell, no enumeration needed.
  if (runs.length === n) {
    const reading = runs.map((r, i) => {
      const negative = r.startsWith('-');
      const spec = columns[i] as ColumnSpec;
      return validNumber(negative ? r.slice(1) : r, spec) && (!negative || spec.signed) ? Number(r) : Number.NaN;
    });
    if (reading.every((v) => !Number.isNaN(v))) return { readings: [reading], lost: false, tooMany: false };
  }
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
    if (c !== 45 && c !== 46) count++;
  }
  return count;
}

/** The cells every reading agrees on; null elsewhere. */
export function agreedCells(readings: Reading[], n: number): Reading {
  const out: Reading = new Array<Cell>(n);
  const first = readings[0];
  for (let i = 0; i < n; i++) {
    const value = first?.[i] ?? null;
    let agreed = true;
    for (let k = 1; k < readings.length && agreed; k++) agreed = ((readings[k] as Reading)[i] ?? null) === value;
    out[i] = agreed ? value : null;
  }
  return out;
}

// The arithmetic of table 3 (勾稽关系), shared by the checks and by the reading of run-together digits.
import type { Cell, TableRows } from '../types.ts';
import { APPLICANT_COLUMNS, APPLICATION_COLUMNS, OTHER_HANDLING_SUBROWS, OUTCOME_ROWS } from './applicationsSpec.ts';

export function sumOf(values: Cell[]): Cell {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  // Money columns carry decimals; keep sums free of binary noise.
  return Math.round(total * 1e6) / 1e6;
}

/**
 * sumOf down each of the seven columns over some rows, in row order (so the same rounding), into
 * sums; a column with an unknown cell (or a missing row) sums to null.
 */
export function columnSums(rows: TableRows, rowList: readonly string[], sums: Cell[]): void {
  // A running total per column, null once the column has met an unknown cell.
  for (let column = 0; column < APPLICATION_COLUMNS.length; column++) sums[column] = 0;
  for (const key of rowList) {
    const row = rows[key];
    for (let column = 0; column < APPLICATION_COLUMNS.length; column++) {
      const total = sums[column] ?? null;
      if (total === null) continue;
      const value = row?.[APPLICATION_COLUMNS[column] as string] ?? null;
      sums[column] = value === null ? null : total + value;
    }
  }
  for (let column = 0; column < APPLICATION_COLUMNS.length; column++) {
    const total = sums[column] ?? null;
    // Money columns carry decimals; keep sums free of binary noise (as sumOf does).
    if (total !== null) sums[column] = Math.round(total * 1e6) / 1e6;
  }
}

/** The seven cells of a row into cells, in column order; all unknown for a missing row. */
export function rowCells(rows: TableRows, row: string, cells: Cell[]): void {
  const r = rows[row];
  for (let column = 0; column < APPLICATION_COLUMNS.length; column++) {
    cells[column] = r?.[APPLICATION_COLUMNS[column] as string] ?? null;
  }
}

/** sumOf over a row's six applicant columns, in column order. */
export function applicantSum(row: Record<string, Cell> | undefined): Cell {
  if (row === undefined || row === null) return null;
  let total = 0;
  for (const column of APPLICANT_COLUMNS) {
    const value = row[column] ?? null;
    if (value === null) return null;
    total += value;
  }
  return Math.round(total * 1e6) / 1e6;
}

// Cell paths are the same for every report: each list is built once (callers must not mutate them).
const pathsDown = (rowList: readonly string[], column: string): string[] => rowList.map((r) => `applications.${r}.${column}`);
export const BALANCE_IN = ['received', 'carriedOver'];
export const BALANCE_OUT = ['processedTotal', 'carriedForward'];
/** Per column, in APPLICATION_COLUMNS order. */
export const BALANCE_PATHS = APPLICATION_COLUMNS.map((c) => pathsDown([...BALANCE_IN, ...BALANCE_OUT], c));

// （七）总计's rows take one of a few forms — （六） printed whole, or some of its parts — each
// made once with its per-column cell paths. Keyed by the whole form: two forms never share a list.
export interface OutcomeForm {
  rows: string[];
  /** Per column, in APPLICATION_COLUMNS order. */
  paths: string[][];
}
// Indexed by which parts are printed, as bits (a string key would be hashed afresh for every table).
const outcomeForms: (OutcomeForm | undefined)[] = [];
const SINGLE_OTHER_ROW = 1 << OTHER_HANDLING_SUBROWS.length;
/** The form of a table's （七）总计 rows, from which rows it has (`has`: the table holds that row). */
export function outcomeFormOf(has: (row: string) => boolean): OutcomeForm {
  let printed = 0;
  if (has('otherHandling')) printed = SINGLE_OTHER_ROW;
  else {
    for (let i = 0; i < OTHER_HANDLING_SUBROWS.length; i++) if (has(OTHER_HANDLING_SUBROWS[i] as string)) printed |= 1 << i;
  }
  let form = outcomeForms[printed];
  if (!form) {
    const parts = printed === SINGLE_OTHER_ROW ? ['otherHandling'] : OTHER_HANDLING_SUBROWS.filter((_, i) => (printed & (1 << i)) !== 0);
    const outcomeRows = [...OUTCOME_ROWS, ...parts];
    form = { rows: outcomeRows, paths: APPLICATION_COLUMNS.map((c) => pathsDown([...outcomeRows, 'processedTotal'], c)) };
    outcomeForms[printed] = form;
  }
  return form;
}

/**
 * Whether candidate rows (seven cells each, by row key) break no balance or outcome equation
 * (the balance and outcome rules' equations); one with an unknown side breaks nothing. It runs
 * once per combination of readings, so it sums the candidates' cells directly.
 */
export function readingsKeepTableArithmetic(cells: ReadonlyMap<string, readonly Cell[]>): boolean {
  const outcomeRows = outcomeFormOf((row) => cells.has(row)).rows;
  for (let column = 0; column < APPLICATION_COLUMNS.length; column++) {
    if (broken(columnSum(cells, BALANCE_IN, column), columnSum(cells, BALANCE_OUT, column))) return false;
    if (broken(columnSum(cells, outcomeRows, column), cells.get('processedTotal')?.[column] ?? null)) return false;
  }
  return true;
}

const broken = (expected: Cell, actual: Cell): boolean => expected !== null && actual !== null && expected !== actual;

/** sumOf over one column of some rows, in the same order (so the same rounding). */
function columnSum(cells: ReadonlyMap<string, readonly Cell[]>, rows: readonly string[], column: number): Cell {
  let total = 0;
  for (const row of rows) {
    const v = cells.get(row)?.[column] ?? null;
    if (v === null) return null;
    total += v;
  }
  return Math.round(total * 1e6) / 1e6;
}

/** A reading of one row (seven cells) satisfies its row total, or cannot be judged. */
export function readingKeepsRowTotal(reading: Cell[]): boolean | null {
  const total = reading[6] ?? null;
  if (total === null) return null;
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const v = reading[i] ?? null;
    if (v === null) return null;
    sum += v;
  }
  return Math.round(sum * 1e6) / 1e6 === total;
}

// The arithmetic of table 3 (勾稽关系), shared by the checks and by the reading of run-together digits.
import type { Cell, TableRows } from '../types.ts';
import { APPLICANT_COLUMNS, APPLICATION_COLUMNS, OTHER_HANDLING_SUBROWS, OUTCOME_ROWS } from './applicationsSpec.ts';

export interface Equation {
  subject: string;
  expected: Cell;
  actual: Cell;
  cells: string[];
}

export function sumOf(values: Cell[]): Cell {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  // Money columns carry decimals; keep sums free of binary noise.
  return Math.round(total * 1e6) / 1e6;
}

const cell = (rows: TableRows, row: string, column: string): Cell => rows[row]?.[column] ?? null;

/** sumOf over one column of some rows, in the same order (so the same rounding), without a list of cells. */
function sumDown(rows: TableRows, rowList: readonly string[], column: string): Cell {
  let total = 0;
  for (const r of rowList) {
    const v = rows[r]?.[column] ?? null;
    if (v === null) return null;
    total += v;
  }
  return Math.round(total * 1e6) / 1e6;
}

/** sumOf over some columns of one row. */
function sumAcross(rows: TableRows, row: string, columns: readonly string[]): Cell {
  const cells = rows[row];
  let total = 0;
  for (const c of columns) {
    const v = cells?.[c] ?? null;
    if (v === null) return null;
    total += v;
  }
  return Math.round(total * 1e6) / 1e6;
}

// Cell paths are the same for every report: each list is built once (callers must not mutate them).
const pathsDown = (rowList: readonly string[], column: string): string[] => rowList.map((r) => `applications.${r}.${column}`);
const rowPaths = new Map<string, string[]>();
function rowCellPaths(row: string): string[] {
  let paths = rowPaths.get(row);
  if (!paths) rowPaths.set(row, (paths = APPLICATION_COLUMNS.map((c) => `applications.${row}.${c}`)));
  return paths;
}
const BALANCE_ROWS = ['received', 'carriedOver', 'processedTotal', 'carriedForward'];
const BALANCE_PATHS = APPLICATION_COLUMNS.map((c) => pathsDown(BALANCE_ROWS, c));

// （七）总计's rows take one of a few forms — （六） printed whole, or some of its parts — each
// made once with its per-column cell paths. Keyed by the whole form: two forms never share a list.
interface OutcomeForm {
  rows: string[];
  paths: string[][];
}
// Indexed by which parts are printed, as bits (a string key would be hashed afresh for every table).
const outcomeForms: (OutcomeForm | undefined)[] = [];
const SINGLE_OTHER_ROW = 1 << OTHER_HANDLING_SUBROWS.length;
function outcomeFormOf(rows: TableRows): OutcomeForm {
  let printed = 0;
  if ('otherHandling' in rows) printed = SINGLE_OTHER_ROW;
  else OTHER_HANDLING_SUBROWS.forEach((k, i) => (printed |= k in rows ? 1 << i : 0));
  let form = outcomeForms[printed];
  if (!form) {
    const parts = printed === SINGLE_OTHER_ROW ? ['otherHandling'] : OTHER_HANDLING_SUBROWS.filter((_, i) => (printed & (1 << i)) !== 0);
    const outcomeRows = [...OUTCOME_ROWS, ...parts];
    form = { rows: outcomeRows, paths: APPLICATION_COLUMNS.map((c) => pathsDown([...outcomeRows, 'processedTotal'], c)) };
    outcomeForms[printed] = form;
  }
  return form;
}

/** The rows that make up （七）总计 in this table: the single （六） row when printed, else its parts. */
export function outcomeRowsOf(rows: TableRows): string[] {
  return outcomeFormOf(rows).rows.slice();
}

export function balanceEquations(rows: TableRows): Equation[] {
  const out: Equation[] = [];
  for (let i = 0; i < APPLICATION_COLUMNS.length; i++) {
    const c = APPLICATION_COLUMNS[i] as string;
    out.push({ subject: c, expected: sumDown(rows, BALANCE_IN, c), actual: sumDown(rows, BALANCE_OUT, c), cells: BALANCE_PATHS[i] as string[] });
  }
  return out;
}

export function outcomeEquations(rows: TableRows): Equation[] {
  const form = outcomeFormOf(rows);
  const out: Equation[] = [];
  for (let i = 0; i < APPLICATION_COLUMNS.length; i++) {
    const c = APPLICATION_COLUMNS[i] as string;
    out.push({ subject: c, expected: sumDown(rows, form.rows, c), actual: cell(rows, 'processedTotal', c), cells: form.paths[i] as string[] });
  }
  return out;
}

export function rowTotalEquation(rows: TableRows, row: string): Equation {
  return { subject: row, expected: sumAcross(rows, row, APPLICANT_COLUMNS), actual: cell(rows, row, 'total'), cells: rowCellPaths(row) };
}

const BALANCE_IN = ['received', 'carriedOver'];
const BALANCE_OUT = ['processedTotal', 'carriedForward'];

/**
 * Whether candidate rows (seven cells each, by row key) break no balance or outcome equation;
 * an equation with an unknown side breaks nothing. The same test as `balanceEquations` and
 * `outcomeEquations` with `equationHolds`, without building rows and cell paths: it runs once
 * per combination of readings.
 */
export function readingsKeepTableArithmetic(cells: ReadonlyMap<string, readonly Cell[]>): boolean {
  // It runs once per combination of readings: no lists or closures built here.
  const single = cells.has('otherHandling');
  for (let column = 0; column < APPLICATION_COLUMNS.length; column++) {
    if (broken(columnSum(cells, BALANCE_IN, column), columnSum(cells, BALANCE_OUT, column))) return false;
    if (broken(outcomeSum(cells, single, column), cells.get('processedTotal')?.[column] ?? null)) return false;
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

/**
 * columnSum over （七）总计's rows: OUTCOME_ROWS, then （六） whole when it is there, else those of its
 * parts that are (the order outcomeRowsOf gives).
 */
function outcomeSum(cells: ReadonlyMap<string, readonly Cell[]>, single: boolean, column: number): Cell {
  let total = 0;
  for (const row of OUTCOME_ROWS) {
    const v = cells.get(row)?.[column] ?? null;
    if (v === null) return null;
    total += v;
  }
  for (const row of single ? OTHER_HANDLING_WHOLE : OTHER_HANDLING_SUBROWS) {
    if (!single && !cells.has(row)) continue;
    const v = cells.get(row)?.[column] ?? null;
    if (v === null) return null;
    total += v;
  }
  return Math.round(total * 1e6) / 1e6;
}

const OTHER_HANDLING_WHOLE = ['otherHandling'];

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

export function equationHolds(e: Equation): boolean | null {
  if (e.expected === null || e.actual === null) return null;
  return e.expected === e.actual;
}

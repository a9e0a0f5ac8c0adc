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

const rowPaths = new Map<string, string[]>();
function rowCellPaths(row: string): string[] {
  let paths = rowPaths.get(row);
  if (!paths) rowPaths.set(row, (paths = APPLICATION_COLUMNS.map((c) => `applications.${row}.${c}`)));
  return paths;
}

// Cell paths are the same for every report: build each list once (callers must not mutate them).
const pathLists = new Map<string, string[]>();
function cellPaths(rowsKey: string, rowList: readonly string[], columns: readonly string[]): string[] {
  let paths = pathLists.get(rowsKey);
  if (!paths) {
    paths = rowList.flatMap((r) => columns.map((c) => `applications.${r}.${c}`));
    pathLists.set(rowsKey, paths);
  }
  return paths;
}

/** The rows that make up （七）总计 in this table: the single （六） row when printed, else its parts. */
export function outcomeRowsOf(rows: TableRows): string[] {
  const other = 'otherHandling' in rows ? ['otherHandling'] : OTHER_HANDLING_SUBROWS.filter((k) => k in rows);
  return [...OUTCOME_ROWS, ...other];
}

export function balanceEquations(rows: TableRows): Equation[] {
  return APPLICATION_COLUMNS.map((c) => ({
    subject: c,
    expected: sumOf([cell(rows, 'received', c), cell(rows, 'carriedOver', c)]),
    actual: sumOf([cell(rows, 'processedTotal', c), cell(rows, 'carriedForward', c)]),
    cells: cellPaths(`balance:${c}`, ['received', 'carriedOver', 'processedTotal', 'carriedForward'], [c]),
  }));
}

export function outcomeEquations(rows: TableRows): Equation[] {
  const outcomeRows = outcomeRowsOf(rows);
  return APPLICATION_COLUMNS.map((c) => ({
    subject: c,
    expected: sumOf(outcomeRows.map((r) => cell(rows, r, c))),
    actual: cell(rows, 'processedTotal', c),
    cells: cellPaths(`outcomes:${outcomeRows.length}:${outcomeRows[outcomeRows.length - 1]}:${c}`, [...outcomeRows, 'processedTotal'], [c]),
  }));
}

export function rowTotalEquation(rows: TableRows, row: string): Equation {
  return {
    subject: row,
    expected: sumOf(APPLICANT_COLUMNS.map((c) => cell(rows, row, c))),
    actual: cell(rows, row, 'total'),
    cells: rowCellPaths(row),
  };
}

/** A reading of one row (seven cells) satisfies its row total, or cannot be judged. */
export function readingKeepsRowTotal(reading: Cell[]): boolean | null {
  const parts = reading.slice(0, 6);
  const total = reading[6] ?? null;
  const sum = sumOf(parts);
  if (sum === null || total === null) return null;
  return sum === total;
}

export function equationHolds(e: Equation): boolean | null {
  if (e.expected === null || e.actual === null) return null;
  return e.expected === e.actual;
}

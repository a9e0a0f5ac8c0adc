// The cells of a parsed report's official tables by path (`table.row.column`, as checks name them),
// and the paths where two readings of one report differ: how a round trip text → PDF → text is judged.
import type { Cell, Report } from '../../../src/parser/index.ts';

export function tableCells(report: Report): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const add = (table: string, rows: Record<string, Record<string, Cell>> | null) => {
    for (const [row, columns] of Object.entries(rows ?? {}))
      for (const [column, value] of Object.entries(columns)) cells.set(`${table}.${row}.${column}`, value);
  };
  add('proactive', report.proactive);
  add('applications', report.applications);
  if (report.reviewLitigation) add('reviewLitigation', { ...report.reviewLitigation });
  report.legacyStatistics?.forEach((row, i) => {
    // By row number: a row's label is compared apart (rowLabels), so that a changed space in it is
    // not counted as a lost cell and a new one.
    cells.set(`legacyStatistics.${i}`, row.value);
    row.extra?.forEach((e) => cells.set(`legacyStatistics.${i}.${e.label}`, e.value));
  });
  return cells;
}

/** The legacy statistics table's row labels (its indicators), by row number. */
export function rowLabels(report: Report): Map<string, string> {
  return new Map((report.legacyStatistics ?? []).map((row, i) => [`legacyStatistics.${i}`, row.indicator]));
}

export interface CellDifference {
  path: string;
  /** undefined: the reading has no such cell. */
  text: Cell | undefined;
  pdf: Cell | undefined;
}

export function cellDifferences(fromText: Map<string, Cell>, fromPdf: Map<string, Cell>): CellDifference[] {
  const paths = [...new Set([...fromText.keys(), ...fromPdf.keys()])].sort();
  return paths
    .filter((p) => fromText.get(p) !== fromPdf.get(p) || fromText.has(p) !== fromPdf.has(p))
    .map((path) => ({ path, text: fromText.get(path), pdf: fromPdf.get(path) }));
}

// The quality table tells first what needs a look: the reports with a failed or uncheckable rule or a
// lost cell, or with no rule to check at all, in the page's order; the reports whose every rule passed
// are folded into their count.
import type { QualityRow } from './quality.ts';

/** A failed or uncheckable rule (own or cross-year), a cell the parser could not read, or nothing checked. */
export function needsLook(row: QualityRow): boolean {
  return row.fail > 0 || row.uncheckable > 0 || row.unknownCells > 0 || row.pass === 0;
}

/** The rows in two lists, each in the order given: those that need a look, and those that passed in full. */
export function foldPassed(rows: readonly QualityRow[]): { open: QualityRow[]; passed: QualityRow[] } {
  const open: QualityRow[] = [];
  const passed: QualityRow[] = [];
  for (const row of rows) (needsLook(row) ? open : passed).push(row);
  return { open, passed };
}

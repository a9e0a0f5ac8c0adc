// applications.outcomes: （七）总计 is the sum of every outcome row — per column.
import type { Cell, Check, TableRows } from '../types.ts';
import { columnSums, outcomeFormOf, rowCells } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_COLUMNS, APPLICATION_COLUMN_LABELS } from '../tables/applicationsSpec.ts';
import { wordedCheck, wordingOf } from './check.ts';

const rule = 'applications.outcomes';
// In APPLICATION_COLUMNS order, like the sums.
const WORDING = APPLICATION_COLUMNS.map((c) => wordingOf(`表三“${APPLICATION_COLUMN_LABELS[c]}”栏：各项办理结果之和应等于（七）总计`));
const outcomes: Cell[] = [];
const totals: Cell[] = [];

export function outcomesRule(rows: TableRows): Check[] {
  const form = outcomeFormOf((row) => row in rows);
  columnSums(rows, form.rows, outcomes);
  rowCells(rows, 'processedTotal', totals);
  const checks: Check[] = [];
  for (let i = 0; i < APPLICATION_COLUMNS.length; i++) {
    checks.push(
      wordedCheck(rule, APPLICATION_COLUMNS[i] as string, outcomes[i] as Cell, totals[i] as Cell, form.paths[i] as string[], WORDING[i]!),
    );
  }
  return checks;
}

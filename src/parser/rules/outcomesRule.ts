// applications.outcomes: （七）总计 is the sum of every outcome row — per column.
import type { Check, TableRows } from '../types.ts';
import { outcomeEquations } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_COLUMN_LABELS } from '../tables/applicationsSpec.ts';
import { equationCheck } from './check.ts';

export function outcomesRule(rows: TableRows): Check[] {
  return outcomeEquations(rows).map((e) =>
    equationCheck('applications.outcomes', e.subject, e.expected, e.actual, e.cells, `表三“${APPLICATION_COLUMN_LABELS[e.subject]}”栏：各项办理结果之和应等于（七）总计`),
  );
}

// applications.outcomes: （七）总计 is the sum of every outcome row — per column.
import type { Check, TableRows } from '../types.ts';
import { outcomeEquations } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_COLUMNS, APPLICATION_COLUMN_LABELS } from '../tables/applicationsSpec.ts';
import { type Wording, wordedCheck, wordingOf } from './check.ts';

const rule = 'applications.outcomes';
const WORDING = new Map<string, Wording>(
  APPLICATION_COLUMNS.map((c) => [c, wordingOf(`表三“${APPLICATION_COLUMN_LABELS[c]}”栏：各项办理结果之和应等于（七）总计`)]),
);

export function outcomesRule(rows: TableRows): Check[] {
  const equations = outcomeEquations(rows);
  const checks: Check[] = [];
  for (const e of equations) checks.push(wordedCheck(rule, e.subject, e.expected, e.actual, e.cells, WORDING.get(e.subject) as Wording));
  return checks;
}

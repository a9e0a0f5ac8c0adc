// applications.balance: 第一项加第二项之和，等于第三项加第四项之和 — per column.
import type { Check, TableRows } from '../types.ts';
import { balanceEquations } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_COLUMNS, APPLICATION_COLUMN_LABELS } from '../tables/applicationsSpec.ts';
import { type Wording, wordedCheck, wordingOf } from './check.ts';

const rule = 'applications.balance';
const WORDING = new Map<string, Wording>(
  APPLICATION_COLUMNS.map((c) => [c, wordingOf(`表三“${APPLICATION_COLUMN_LABELS[c]}”栏：新收加上年结转应等于办理总计加结转下年度`)]),
);

export function balanceRule(rows: TableRows): Check[] {
  const equations = balanceEquations(rows);
  const checks: Check[] = [];
  for (const e of equations) checks.push(wordedCheck(rule, e.subject, e.expected, e.actual, e.cells, WORDING.get(e.subject) as Wording));
  return checks;
}

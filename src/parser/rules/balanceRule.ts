// applications.balance: 第一项加第二项之和，等于第三项加第四项之和 — per column.
import type { Check, TableRows } from '../types.ts';
import { balanceEquations } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_COLUMN_LABELS } from '../tables/applicationsSpec.ts';
import { equationCheck } from './check.ts';

export function balanceRule(rows: TableRows): Check[] {
  return balanceEquations(rows).map((e) =>
    equationCheck('applications.balance', e.subject, e.expected, e.actual, e.cells, `表三“${APPLICATION_COLUMN_LABELS[e.subject]}”栏：新收加上年结转应等于办理总计加结转下年度`),
  );
}

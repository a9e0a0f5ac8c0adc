// applications.balance: 第一项加第二项之和，等于第三项加第四项之和 — per column.
import type { Cell, Check, TableRows } from '../types.ts';
import { BALANCE_IN, BALANCE_OUT, BALANCE_PATHS, columnSums } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_COLUMNS, APPLICATION_COLUMN_LABELS } from '../tables/applicationsSpec.ts';
import { wordedCheck, wordingOf } from './check.ts';

const rule = 'applications.balance';
// In APPLICATION_COLUMNS order, like the sums.
const WORDING = APPLICATION_COLUMNS.map((c) =>
  wordingOf(`表三“${APPLICATION_COLUMN_LABELS[c]}”栏：新收加上年结转应等于办理总计加结转下年度`),
);
const incoming: Cell[] = [];
const outgoing: Cell[] = [];

export function balanceRule(rows: TableRows): Check[] {
  columnSums(rows, BALANCE_IN, incoming);
  columnSums(rows, BALANCE_OUT, outgoing);
  const checks: Check[] = [];
  for (let i = 0; i < APPLICATION_COLUMNS.length; i++) {
    checks.push(
      wordedCheck(
        rule,
        APPLICATION_COLUMNS[i] as string,
        incoming[i] as Cell,
        outgoing[i] as Cell,
        BALANCE_PATHS[i] as string[],
        WORDING[i]!,
      ),
    );
  }
  return checks;
}

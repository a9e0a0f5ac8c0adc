// applications.rowTotal: 总计 is the sum of the six applicant columns — per row.
import type { Check, TableRows } from '../types.ts';
import { rowTotalEquation } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_ROWS } from '../tables/applicationsSpec.ts';
import { wordedCheck, wordingOf } from './check.ts';

const rule = 'applications.rowTotal';
// In table order, one per row of table 3.
const ROWS = APPLICATION_ROWS.map((r) => ({ key: r.key, wording: wordingOf(`表三“${r.label}”行：六类申请人之和应等于总计`) }));

export function rowTotalRule(rows: TableRows): Check[] {
  const checks: Check[] = [];
  for (const r of ROWS) {
    if (!(r.key in rows)) continue;
    const e = rowTotalEquation(rows, r.key);
    checks.push(wordedCheck(rule, e.subject, e.expected, e.actual, e.cells, r.wording));
  }
  return checks;
}

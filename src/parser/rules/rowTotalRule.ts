// applications.rowTotal: 总计 is the sum of the six applicant columns — per row.
import type { Check, TableRows } from '../types.ts';
import { rowTotalEquation } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_ROWS } from '../tables/applicationsSpec.ts';
import { equationCheck } from './check.ts';

export function rowTotalRule(rows: TableRows): Check[] {
  return APPLICATION_ROWS.filter((r) => r.key in rows).map((r) => {
    const e = rowTotalEquation(rows, r.key);
    return equationCheck('applications.rowTotal', e.subject, e.expected, e.actual, e.cells, `表三“${r.label}”行：六类申请人之和应等于总计`);
  });
}

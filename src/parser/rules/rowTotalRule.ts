// applications.rowTotal: 总计 is the sum of the six applicant columns — per row.
import type { Check, TableRows } from '../types.ts';
import { applicantSum } from '../tables/applicationsArithmetic.ts';
import { APPLICATION_COLUMNS, APPLICATION_ROWS } from '../tables/applicationsSpec.ts';
import { wordedCheck, wordingOf } from './check.ts';

const rule = 'applications.rowTotal';
// In table order, one per row of table 3; cell paths and wording built once (callers must not mutate the paths).
const ROWS = APPLICATION_ROWS.map((r) => ({
  key: r.key,
  cells: APPLICATION_COLUMNS.map((c) => `applications.${r.key}.${c}`),
  wording: wordingOf(`表三“${r.label}”行：六类申请人之和应等于总计`),
}));

export function rowTotalRule(rows: TableRows): Check[] {
  const checks: Check[] = [];
  for (const r of ROWS) {
    const row = rows[r.key];
    if (row === undefined && !(r.key in rows)) continue;
    checks.push(wordedCheck(rule, r.key, applicantSum(row), row?.total ?? null, r.cells, r.wording));
  }
  return checks;
}

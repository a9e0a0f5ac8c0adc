// How many of a report's rule results passed, failed or could not be checked (its own and those
// across years): the counts reports.csv and reports.json give for each report.
import type { DataReport } from './types.ts';
import { allChecks } from './types.ts';

export interface CheckCounts {
  pass: number;
  fail: number;
  uncheckable: number;
}

export function checkCounts(report: DataReport): CheckCounts {
  const counts: CheckCounts = { pass: 0, fail: 0, uncheckable: 0 };
  for (const c of allChecks(report)) counts[c.status]++;
  return counts;
}

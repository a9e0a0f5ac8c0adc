// counts.nonNegativeInteger: every count is a whole number ≥ 0 (money and 本年增/减 excepted).
import type { Check, Report } from '../types.ts';

type Tables = Pick<Report, 'proactive' | 'applications' | 'reviewLitigation'>;
type Rows = Record<string, Record<string, number | null>>;

const rule = 'counts.nonNegativeInteger';

export function countsRule(report: Tables): Check[] {
  // Most reports pass: count the cells, and build a cell's path only when it fails.
  const failures: Check[] = [];
  const counted =
    tally('applications', report.applications, failures) +
    tally('reviewLitigation', report.reviewLitigation as Rows | null, failures) +
    tally('proactive', report.proactive, failures);
  if (counted === 0) {
    return [{ rule, subject: null, status: 'uncheckable', expected: null, actual: null, cells: [], message: '没有可核对的件数。' }];
  }
  if (failures.length === 0) {
    return [{ rule, subject: null, status: 'pass', expected: null, actual: null, cells: [], message: `${counted} 个件数均为非负整数。` }];
  }
  return failures;
}

/** How many counts a table holds; each one that is not a whole number ≥ 0 is added to failures. */
function tally(table: string, rows: Rows | null, failures: Check[]): number {
  if (!rows) return 0;
  let counted = 0;
  for (const row in rows) {
    const cells = rows[row] as Record<string, number | null>;
    for (const column in cells) {
      const value = cells[column];
      if (value === null || value === undefined || column === 'amount' || column === 'change') continue;
      counted++;
      if (Number.isInteger(value) && value >= 0) continue;
      const cell = `${table}.${row}.${column}`;
      failures.push({
        rule,
        subject: cell,
        status: 'fail',
        expected: null,
        actual: value,
        cells: [cell],
        message: `件数应为非负整数，此格为 ${value}。`,
      });
    }
  }
  return counted;
}

// counts.nonNegativeInteger: every count is a whole number ≥ 0 (money and 本年增/减 excepted).
import type { Check, Report } from '../types.ts';

type Tables = Pick<Report, 'proactive' | 'applications' | 'reviewLitigation'>;

const NOT_COUNTS = new Set(['amount', 'change']);

export function countsRule(report: Tables): Check[] {
  const counts: [string, number][] = [];
  const collect = (table: string, rows: Record<string, Record<string, number | null>> | null): void => {
    if (!rows) return;
    for (const row in rows) {
      const cells = rows[row] as Record<string, number | null>;
      for (const column in cells) {
        const value = cells[column];
        if (value !== null && value !== undefined && !NOT_COUNTS.has(column)) counts.push([`${table}.${row}.${column}`, value]);
      }
    }
  };
  collect('applications', report.applications);
  collect('reviewLitigation', report.reviewLitigation as Record<string, Record<string, number | null>> | null);
  collect('proactive', report.proactive);
  const rule = 'counts.nonNegativeInteger';
  if (counts.length === 0) {
    return [{ rule, subject: null, status: 'uncheckable', expected: null, actual: null, cells: [], message: '没有可核对的件数。' }];
  }
  const bad = counts.filter(([, v]) => !Number.isInteger(v) || v < 0);
  if (bad.length === 0) {
    return [{ rule, subject: null, status: 'pass', expected: null, actual: null, cells: [], message: `${counts.length} 个件数均为非负整数。` }];
  }
  return bad.map(([cell, v]) => ({ rule, subject: cell, status: 'fail', expected: null, actual: v, cells: [cell], message: `件数应为非负整数，此格为 ${v}。` }));
}

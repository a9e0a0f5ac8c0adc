// checks CSV: one row per rule result of a report (its own checks, then those across years). The
// report's provenance is in reports.csv, joined on report_id. The cells a rule reads are not
// repeated here (they were over half of each row, and the per-year files at 10,000 reports came to
// ~210 MB): the per-report JSON and the SQLite database's check_results list them. As in the JSON,
// a check that passed has no message: its rule, subject and figures say it all.
import type { CsvValue } from './csv.ts';
import { ROW_REPORT_COLUMNS } from './tableCsv.ts';
import { type DataReport, allChecks } from './types.ts';

export const CHECKS_HEADER = [...ROW_REPORT_COLUMNS, 'rule', 'subject', 'status', 'expected', 'actual', 'message'] as const;

export function checkRecords(r: DataReport): CsvValue[][] {
  return allChecks(r).map((c) => [
    r.id,
    r.body.name,
    r.data.year,
    r.data.format,
    c.rule,
    c.subject,
    c.status,
    c.expected,
    c.actual,
    c.status === 'pass' ? null : c.message,
  ]);
}

export function checkRowCount(r: DataReport): number {
  return r.data.checks.length + r.crossYear.length + (r.publication?.length ?? 0);
}

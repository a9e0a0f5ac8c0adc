// checks CSV: one row per rule result of a report (its own checks, then those across years). The
// report's provenance is in reports.csv, joined on report_id.
import type { CsvValue } from './csv.ts';
import { ROW_REPORT_COLUMNS } from './tableCsv.ts';
import { type DataReport, allChecks } from './types.ts';

export const CHECKS_HEADER = [...ROW_REPORT_COLUMNS, 'rule', 'subject', 'status', 'expected', 'actual', 'cells', 'message'] as const;

/** Cell paths are joined with spaces (a path never holds one). */
export function checkRecords(r: DataReport): CsvValue[][] {
  return allChecks(r).map((c) => [r.id, r.agency.name, r.data.year, r.data.format, c.rule, c.subject, c.status, c.expected, c.actual, c.cells.join(' '), c.message]);
}

export function checkRowCount(r: DataReport): number {
  return r.data.checks.length + r.crossYear.length;
}

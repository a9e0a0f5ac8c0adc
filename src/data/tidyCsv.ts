// The CSV downloads: one tidy file per table (one row per cell) and one of every rule result.
// Each row carries its report's source path and SHA-256 so that a figure leads back to its file.
import type { TableName } from '../parser/types.ts';
import { type CsvValue, csvChunks } from './csv.ts';
import { tidyCells } from './tidy.ts';
import { type DataReport, allChecks } from './types.ts';
import { CELL_COLUMNS, REPORT_COLUMNS, SOURCE_COLUMNS } from './csvColumns.ts';

export const TIDY_HEADER = [...REPORT_COLUMNS, ...CELL_COLUMNS, 'unit', 'source_line', ...SOURCE_COLUMNS] as const;

export const CHECKS_HEADER = [...REPORT_COLUMNS, 'rule', 'subject', 'status', 'expected', 'actual', 'cells', 'message', ...SOURCE_COLUMNS] as const;

function tidyReportRecords(r: DataReport, table: TableName): CsvValue[][] {
  return tidyCells(r.data, table).map((c) => [
    r.id,
    r.agency.name,
    r.agency.slug,
    r.data.year,
    r.data.format,
    c.table,
    c.rowKey,
    c.rowLabel,
    c.columnKey,
    c.columnLabel,
    c.value,
    c.unit,
    c.line,
    r.data.source.path,
    r.data.source.sha256,
  ]);
}

export function tidyRecords(reports: readonly DataReport[], table: TableName): CsvValue[][] {
  return reports.flatMap((r) => tidyReportRecords(r, table));
}

/** The tidy CSV of one table, in pieces of one report each (see csvChunks). */
export function tidyCsvChunks(reports: readonly DataReport[], table: TableName): Generator<string> {
  return csvChunks(TIDY_HEADER, (function* () {
    for (const r of reports) yield tidyReportRecords(r, table);
  })());
}

export function tidyCsv(reports: readonly DataReport[], table: TableName): string {
  return [...tidyCsvChunks(reports, table)].join('');
}

/** Cell paths are joined with spaces (a path never holds one). */
function checkRecords(r: DataReport): CsvValue[][] {
  return allChecks(r).map((c) => [
    r.id,
    r.agency.name,
    r.agency.slug,
    r.data.year,
    c.rule,
    c.subject,
    c.status,
    c.expected,
    c.actual,
    c.cells.join(' '),
    c.message,
    r.data.source.path,
    r.data.source.sha256,
  ]);
}

export function checksCsvChunks(reports: readonly DataReport[]): Generator<string> {
  return csvChunks(CHECKS_HEADER, (function* () {
    for (const r of reports) yield checkRecords(r);
  })());
}

export function checksCsv(reports: readonly DataReport[]): string {
  return [...checksCsvChunks(reports)].join('');
}

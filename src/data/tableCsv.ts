// The table CSVs: one row per report and table row, a column per table column (the column keys as
// headers). The legacy 统计表 has one row per indicator (and per further column such as 历年累计) with
// its unit and value. Rows join reports.csv on report_id; unknown cells are empty, never 0.
import { APPLICATION_COLUMNS, type Cell, PROACTIVE_COLUMN_LABELS, REVIEW_COLUMNS, type TableName } from '../parser/index.ts';
import type { CsvValue } from './csv.ts';
import { applicationRowLabelOf, proactiveRowLabelOf, reviewGroupLabelOf } from './labels.ts';
import { legacyCells } from './tidy.ts';
import type { DataReport } from './types.ts';

/** The columns that name the report of a row (its provenance is in reports.csv, joined on report_id). */
export const ROW_REPORT_COLUMNS = ['report_id', 'body', 'year', 'format'] as const;

/** Table 2's columns: the 2021 format's, then the 2019 format's (different measures, never mapped). */
export const PROACTIVE_COLUMNS = Object.keys(PROACTIVE_COLUMN_LABELS);

export const LEGACY_COLUMNS = ['column', 'unit', 'value', 'source_line'] as const;

/** The header of each table's CSV. */
export const TABLE_HEADERS: Record<TableName, readonly string[]> = {
  proactive: [...ROW_REPORT_COLUMNS, 'row_key', 'row_label', ...PROACTIVE_COLUMNS],
  applications: [...ROW_REPORT_COLUMNS, 'row_key', 'row_label', ...APPLICATION_COLUMNS],
  reviewLitigation: [...ROW_REPORT_COLUMNS, 'row_key', 'row_label', ...REVIEW_COLUMNS],
  legacyStatistics: [...ROW_REPORT_COLUMNS, 'row_key', 'row_label', ...LEGACY_COLUMNS],
};

type Grid = Record<string, Record<string, Cell>> | null;

function gridOf(report: DataReport, table: Exclude<TableName, 'legacyStatistics'>): Grid {
  return report.data[table] as Grid;
}

function rowLabelOf(report: DataReport, table: Exclude<TableName, 'legacyStatistics'>, key: string): string {
  if (table === 'proactive') return proactiveRowLabelOf(report.data.format, key);
  return table === 'applications' ? applicationRowLabelOf(key) : reviewGroupLabelOf(key);
}

function reportFields(report: DataReport): CsvValue[] {
  return [report.id, report.body.name, report.data.year, report.data.format];
}

/** A column the row does not have (its format lacks it) is empty, like an unknown cell. */
function gridRecords(report: DataReport, table: Exclude<TableName, 'legacyStatistics'>): CsvValue[][] {
  const columns = TABLE_HEADERS[table].slice(ROW_REPORT_COLUMNS.length + 2);
  return Object.entries(gridOf(report, table) ?? {}).map(([key, cells]) => [
    ...reportFields(report),
    key,
    rowLabelOf(report, table, key),
    ...columns.map((c) => cells[c] ?? null),
  ]);
}

function legacyRecords(report: DataReport): CsvValue[][] {
  return legacyCells(report.data.legacyStatistics).map((c) => [
    ...reportFields(report),
    c.rowKey,
    c.rowLabel,
    c.columnKey,
    c.unit,
    c.value,
    c.line,
  ]);
}

/** The rows one report gives a table's CSV (none when it lacks the table). */
export function tableRecords(report: DataReport, table: TableName): CsvValue[][] {
  return table === 'legacyStatistics' ? legacyRecords(report) : gridRecords(report, table);
}

/** How many rows tableRecords gives, without making them. */
export function tableRowCount(report: DataReport, table: TableName): number {
  return table === 'legacyStatistics' ? legacyCells(report.data.legacyStatistics).length : Object.keys(gridOf(report, table) ?? {}).length;
}

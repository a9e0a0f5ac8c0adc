// A report's tables as tidy cells: one record per cell with its row and column keys and labels.
// The CSV downloads are made of these. Unknown cells stay null; nothing is summed or filled in.
import type { Cell, LegacyStatisticsRow, TableName } from '../parser/index.ts';
import type { ReportEntryData } from '../schema/report.ts';
import {
  applicationColumnLabelOf,
  applicationRowLabelOf,
  proactiveColumnLabelOf,
  proactiveRowLabelOf,
  reviewColumnLabelOf,
  reviewGroupLabelOf,
} from './labels.ts';

export interface TidyCell {
  table: TableName;
  rowKey: string;
  rowLabel: string;
  columnKey: string;
  columnLabel: string;
  value: Cell;
  /** The legacy table's 单位; null for the modern tables (their units are in the column labels). */
  unit: string | null;
  /** Source line: the row's own line in the legacy table, the table's first row in tables 2–4. */
  line: number | null;
}

/** The legacy table's value column; further columns (历年累计…) keep their own labels. */
export const LEGACY_VALUE_COLUMN = '统计数';

export const TIDY_TABLES = ['proactive', 'applications', 'reviewLitigation', 'legacyStatistics'] as const satisfies readonly TableName[];

function gridCells(
  table: TableName,
  rows: Record<string, Record<string, Cell>> | null,
  line: number | null,
  rowLabel: (key: string) => string,
  columnLabel: (key: string) => string,
): TidyCell[] {
  const cells: TidyCell[] = [];
  for (const [rowKey, columns] of Object.entries(rows ?? {})) {
    for (const [columnKey, value] of Object.entries(columns)) {
      cells.push({ table, rowKey, rowLabel: rowLabel(rowKey), columnKey, columnLabel: columnLabel(columnKey), value, unit: null, line });
    }
  }
  return cells;
}

/** A heading row of the legacy table (no unit, no value) holds no cell. */
function isHeading(row: LegacyStatisticsRow): boolean {
  return row.unit === null && row.value === null && (row.extra ?? []).length === 0;
}

/** Legacy rows: the indicator as written is the row key; the label adds its parents (一、… › （一）… › 其中：…). */
export function legacyCells(rows: LegacyStatisticsRow[] | null): TidyCell[] {
  const cells: TidyCell[] = [];
  const parents: string[] = [];
  for (const row of rows ?? []) {
    parents.length = Math.max(0, row.level - 1);
    const rowLabel = [...parents.filter(Boolean), row.indicator].join(' › ');
    parents[row.level - 1] = row.indicator;
    if (isHeading(row)) continue;
    const base = { table: 'legacyStatistics' as const, rowKey: row.indicator, rowLabel, unit: row.unit, line: row.line };
    cells.push({ ...base, columnKey: LEGACY_VALUE_COLUMN, columnLabel: LEGACY_VALUE_COLUMN, value: row.value });
    for (const extra of row.extra ?? []) cells.push({ ...base, columnKey: extra.label, columnLabel: extra.label, value: extra.value });
  }
  return cells;
}

export function tidyCells(report: ReportEntryData, table: TableName): TidyCell[] {
  const line = report.tableLines[table] ?? null;
  switch (table) {
    case 'proactive':
      return gridCells(table, report.proactive, line, (k) => proactiveRowLabelOf(report.format, k), proactiveColumnLabelOf);
    case 'applications':
      return gridCells(table, report.applications, line, applicationRowLabelOf, applicationColumnLabelOf);
    case 'reviewLitigation':
      return gridCells(
        table,
        report.reviewLitigation as Record<string, Record<string, Cell>> | null,
        line,
        reviewGroupLabelOf,
        reviewColumnLabelOf,
      );
    case 'legacyStatistics':
      return legacyCells(report.legacyStatistics);
  }
}

// A report's tables as rows for the database: the tidy cells (../tidy.ts) grouped back into the rows
// they were read from, each with its columns in order. A row with more columns than the database
// holds values for is cut into parts. Unknown cells stay null.
import type { Cell, TableName } from '../../parser/index.ts';
import type { ReportEntryData } from '../../schema/report.ts';
import { tidyCells, TIDY_TABLES } from '../tidy.ts';

/** Value columns of row_values (v1 … v8): table 3 has seven columns, every other table fewer. */
export const ROW_VALUE_COLUMNS = 8;

export interface TableRow {
  table: TableName;
  rowKey: string;
  rowLabel: string;
  unit: string | null;
  /** The row's own source line (legacy table); null for tables 2–4, whose line is the table's. */
  line: number | null;
  /** 0 for the first part of a row, 1 for its columns 9–16, … */
  part: number;
  /** Key and label of each column, in order; at most ROW_VALUE_COLUMNS. */
  columns: [key: string, label: string][];
  values: Cell[];
}

export function tableRows(report: ReportEntryData): TableRow[] {
  const rows: TableRow[] = [];
  for (const table of TIDY_TABLES) {
    let row: TableRow | undefined;
    for (const c of tidyCells(report, table)) {
      const line = table === 'legacyStatistics' ? c.line : null;
      const same = row !== undefined && row.rowKey === c.rowKey && row.rowLabel === c.rowLabel && row.unit === c.unit && row.line === line;
      if (!same || (row as TableRow).columns.length === ROW_VALUE_COLUMNS) {
        const part = same ? (row as TableRow).part + 1 : 0;
        row = { table, rowKey: c.rowKey, rowLabel: c.rowLabel, unit: c.unit, line, part, columns: [], values: [] };
        rows.push(row);
      }
      (row as TableRow).columns.push([c.columnKey, c.columnLabel]);
      (row as TableRow).values.push(c.value);
    }
  }
  return rows;
}

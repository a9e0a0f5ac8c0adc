// Reads table 2 — 主动公开政府信息情况. Its 2021 and 2019 columns are different measures and are
// never mapped onto each other.
import type { Cell, Diagnostic, ReportFormat, TableRows } from '../types.ts';
import type { RowRecord } from '../records.ts';
import { type ColumnSpec, alignRow, rowLayoutOf } from '../alignCells.ts';
import { type AssignedRow, assignRows } from '../rowAssignment.ts';
import { type ProactiveRow, ROWS_2019, ROWS_2021, proactiveRowsOf } from './proactiveSpec.ts';
import { finalCells, rowReadings } from './resolveReadings.ts';
import { cellDiagnostics } from './cellDiagnostics.ts';
import type { TableResult } from './applicationsTable.ts';

const COUNT: ColumnSpec = { decimal: false, signed: false };
const SIGNED: ColumnSpec = { decimal: false, signed: true };
const MONEY: ColumnSpec = { decimal: true, signed: false };

export const COLUMN_SPECS: Record<string, ColumnSpec> = {
  issued: COUNT,
  repealed: COUNT,
  inForce: COUNT,
  decisions: COUNT,
  amount: MONEY,
  made: COUNT,
  published: COUNT,
  publishedTotal: COUNT,
  previousYear: COUNT,
  change: SIGNED,
  projects: COUNT,
};

// Per table layout, built once: the set of row keys and each row's column specs.
interface Layout {
  keys: Set<string>;
  columns: Map<string, ColumnSpec[]>;
}
const layoutOf = (rows: ProactiveRow[]): Layout => ({
  keys: new Set(rows.map((s) => s.key)),
  columns: new Map(rows.map((s) => [s.key, s.columns.map((c) => COLUMN_SPECS[c] ?? COUNT)])),
});
const LAYOUT_2019 = layoutOf(ROWS_2019);
const LAYOUT_2021 = layoutOf(ROWS_2021);
const HEADER = /信息内容|第二十条/;

export function readProactiveTable(records: RowRecord[], format: ReportFormat): TableResult<TableRows> | null {
  const specs = proactiveRowsOf(format);
  const layout = specs === ROWS_2019 ? LAYOUT_2019 : LAYOUT_2021;
  const { rows: assigned } = assignRows(records, specs, layout.keys, HEADER, false);
  if (assigned.length === 0) return null;
  const diagnostics: Diagnostic[] = [];
  const rows: TableRows = {};
  for (const spec of specs) {
    const a = assignedTo(assigned, spec.key);
    if (!a) {
      rows[spec.key] = rowOf(spec.columns, null);
      diagnostics.push({
        severity: 'warning',
        code: 'row.missing',
        message: `表二“${spec.label}”一行在文本中缺失，该行数据记为未知。`,
        line: assigned[0]?.record.line ?? null,
      });
      continue;
    }
    const columns = layout.columns.get(spec.key) as ColumnSpec[];
    const alignment = alignRow(a.record.chunks, columns, rowLayoutOf(a.record, columns.length));
    const r = rowReadings(spec.key, a.record, alignment);
    rows[spec.key] = rowOf(spec.columns, finalCells(r, columns.length));
    cellDiagnostics(diagnostics, '表二', spec.label, a.record, r, a.byPosition);
  }
  let end = -Infinity;
  for (const a of assigned) end = Math.max(end, a.record.end);
  return { rows, line: assigned[0]?.record.line ?? 0, end, diagnostics };
}

/** The row assigned to a key (table 2's rows may come in any order), without a closure per key. */
function assignedTo(assigned: AssignedRow[], key: string): AssignedRow | undefined {
  for (let i = 0; i < assigned.length; i++) if ((assigned[i] as AssignedRow).key === key) return assigned[i];
  return undefined;
}

/** One row's cells by column key, in column order; all unknown without cells. */
function rowOf(columns: string[], cells: Cell[] | null): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i] as string] = cells ? (cells[i] ?? null) : null;
  return row;
}

// Reads table 3 — 收到和处理政府信息公开申请情况 — from the records of its stretch of text.
import type { Diagnostic, ReportFormat, TableRows } from '../types.ts';
import { type RowRecord, isRun } from '../records.ts';
import { type ColumnSpec, alignRow, gridLayoutOf } from '../alignCells.ts';
import { type AssignedRow, assignRows, rowOfLabel } from '../rowAssignment.ts';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, OTHER_HANDLING_SUBROWS, applicationRow } from './applicationsSpec.ts';
import { readingKeepsRowTotal, readingsKeepTableArithmetic } from './applicationsArithmetic.ts';
import { type RowReadings, filterByTableRule, finalCells, rowReadings } from './resolveReadings.ts';
import { cellDiagnostics } from './cellDiagnostics.ts';

const COUNT: ColumnSpec = { decimal: false, signed: false };
const COLUMNS: ColumnSpec[] = APPLICATION_COLUMNS.map(() => COUNT);
const HEADER = /申请人情况|自然人|商业企业|科研机构|法人或其他组织|社会公益|法律服务机构|勾稽关系/;

export interface TableResult<T> {
  rows: T;
  line: number;
  /** Flat offset just after the last number the table used. */
  end: number;
  diagnostics: Diagnostic[];
}

// Table 3 prints either the single （六）其他处理 row (2019) or its three parts (2021): two fixed sets.
const rowsWith = (single: boolean) =>
  new Set(
    APPLICATION_ROWS.map((r) => r.key).filter((k) =>
      k === 'otherHandling' ? single : OTHER_HANDLING_SUBROWS.includes(k) ? !single : true,
    ),
  );
const WITH_SINGLE_OTHER_ROW = rowsWith(true);
const WITH_OTHER_SUBROWS = rowsWith(false);

function applicableRows(labelRows: readonly (string | null)[], format: ReportFormat): ReadonlySet<string> {
  let subrows = false;
  let single = false;
  for (const k of labelRows) {
    if (k === 'otherHandling') single = true;
    else if (k !== null && OTHER_HANDLING_SUBROWS.includes(k)) subrows = true;
  }
  return !subrows && (single || format === '2019') ? WITH_SINGLE_OTHER_ROW : WITH_OTHER_SUBROWS;
}

export function readApplicationsTable(records: RowRecord[], format: ReportFormat): TableResult<TableRows> | null {
  const labelRows: (string | null)[] = [];
  for (let i = 0; i < records.length; i++) labelRows.push(rowOfLabel((records[i] as RowRecord).label, APPLICATION_ROWS));
  const applicable = applicableRows(labelRows, format);
  const { rows: assigned, unplaced } = assignRows(records, APPLICATION_ROWS, applicable, HEADER, true, labelRows);
  if (assigned.length === 0) return null;
  const diagnostics: Diagnostic[] = [];
  const assignedRecords: RowRecord[] = [];
  for (let i = 0; i < assigned.length; i++) assignedRecords.push((assigned[i] as AssignedRow).record);
  const layout = gridLayoutOf(assignedRecords, COLUMNS.length);

  const readings: RowReadings[] = [];
  for (let i = 0; i < assigned.length; i++) {
    const a = assigned[i] as AssignedRow;
    readings.push(rowReadings(a.key, a.record, alignRow(a.record.chunks, COLUMNS, layout), readingKeepsRowTotal));
  }
  filterByTableRule(readings, readingsKeepTableArithmetic);

  // Table 3's rows are assigned in table order, each at most once: one walk pairs them with the specs.
  let next = 0;
  const rows: TableRows = {};
  for (const spec of APPLICATION_ROWS) {
    if (!applicable.has(spec.key)) continue;
    const a = assigned[next];
    if (a === undefined || a.key !== spec.key) {
      rows[spec.key] = applicationRow([]);
      diagnostics.push({
        severity: 'warning',
        code: 'row.missing',
        message: `表三“${spec.label}”一行在文本中缺失，该行数据记为未知。`,
        line: (assigned[0] as AssignedRow).record.line,
      });
      continue;
    }
    const r = readings[next++] as RowReadings;
    rows[spec.key] = applicationRow(finalCells(r, COLUMNS.length));
    cellDiagnostics(diagnostics, '表三', spec.label, a.record, r, a.byPosition);
  }
  for (const record of unplaced) {
    diagnostics.push({
      severity: 'warning',
      code: 'row.unplaced',
      message: `表三中有一行数字无法确定属于哪一行，未采用：“${describe(record)}”。`,
      line: record.line,
    });
  }
  let end = -Infinity;
  for (let i = 0; i < assigned.length; i++) end = Math.max(end, (assigned[i] as AssignedRow).record.end);
  return { rows, line: (assigned[0] as AssignedRow).record.line, end, diagnostics };
}

export function describe(record: RowRecord): string {
  const data = record.chunks.map((c) => (isRun(c) ? c : c === null ? '（空）' : String(c))).join(' ');
  return `${record.label.trim()} ${data}`.trim().slice(0, 80);
}

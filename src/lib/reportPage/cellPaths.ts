// Cell paths (`table.row.column`, the form checks name cells in) → the page's element ids, values
// and the names a reader knows them by.
import {
  APPLICATION_COLUMNS,
  type Cell,
  REVIEW_COLUMNS,
  REVIEW_COLUMN_LABELS,
  REVIEW_GROUPS,
  REVIEW_GROUP_LABELS,
  type Report,
} from '../../parser/index.ts';

export { REVIEW_COLUMN_LABELS };
import { APPLICATION_LAYOUT, applicationColumnName, applicationRowName } from './applicationsLayout.ts';
import { proactiveLayoutOf } from './proactiveLayout.ts';
import { cellAnchor } from '../../portal/cellLinks.ts';

export type ReportTables = Pick<Report, 'format' | 'proactive' | 'applications' | 'reviewLitigation' | 'legacyStatistics'>;

export const TABLE_NAMES: Record<string, string> = {
  proactive: '表二',
  applications: '表三',
  reviewLitigation: '表四',
  legacyStatistics: '统计表',
};

export interface CellRef {
  table: string;
  row: string;
  column: string;
}

/** `applications.denied.stateSecret.total` → table, row `denied.stateSecret`, column `total`. */
export function splitCellPath(path: string): CellRef | null {
  const parts = path.split('.');
  if (parts.length < 3) return null;
  return { table: parts[0] as string, row: parts.slice(1, -1).join('.'), column: parts[parts.length - 1] as string };
}

export function cellPath(table: string, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}

/**
 * The element id of a cell, usable in a URL fragment (`cell-applications-granted-naturalPerson`): one
 * rule for the report page and every link to it (src/portal/cellLinks.ts). Only the figures that a
 * link points at carry it (cellMarks.ts).
 */
export function cellId(path: string): string {
  return cellAnchor(path);
}

/** Whether the page's tables show this cell (only then can a check link to it). */
export function isShownCell(data: ReportTables, path: string): boolean {
  const ref = splitCellPath(path);
  if (!ref) return false;
  const { table, row, column } = ref;
  if (table === 'applications') {
    return (
      !!data.applications?.[row] &&
      APPLICATION_LAYOUT.some((r) => r.key === row) &&
      (APPLICATION_COLUMNS as readonly string[]).includes(column)
    );
  }
  if (table === 'proactive') {
    return (
      !!data.proactive &&
      proactiveLayoutOf(data.format).some((b) => b.rows.some((r) => r.key === row) && b.columns.some((c) => c.key === column))
    );
  }
  if (table === 'reviewLitigation') {
    return (
      !!data.reviewLitigation &&
      (REVIEW_GROUPS as readonly string[]).includes(row) &&
      (REVIEW_COLUMNS as readonly string[]).includes(column)
    );
  }
  if (table === 'legacyStatistics') return !!data.legacyStatistics?.[Number(row)];
  return false;
}

/** The value in a cell; undefined when the report has no such cell. */
export function cellValue(data: ReportTables, path: string): Cell | undefined {
  const ref = splitCellPath(path);
  if (!ref) return undefined;
  const { table, row, column } = ref;
  if (table === 'applications') return data.applications?.[row]?.[column];
  if (table === 'proactive') return data.proactive?.[row]?.[column];
  if (table === 'reviewLitigation') return data.reviewLitigation?.[row as keyof NonNullable<Report['reviewLitigation']>]?.[column];
  if (table === 'legacyStatistics') return data.legacyStatistics?.[Number(row)]?.value;
  return undefined;
}

/** “表三 （一）予以公开 · 自然人”. */
export function cellName(data: ReportTables, path: string): string {
  const ref = splitCellPath(path);
  if (!ref) return path;
  const { table, row, column } = ref;
  const tableName = TABLE_NAMES[table] ?? table;
  if (table === 'applications') return `${tableName}“${applicationRowName(row)}”${applicationColumnName(column)}`;
  if (table === 'proactive') {
    const block = proactiveLayoutOf(data.format).find((b) => b.rows.some((r) => r.key === row));
    const rowLabel = block?.rows.find((r) => r.key === row)?.label ?? row;
    const columnLabel = block?.columns.find((c) => c.key === column)?.label ?? column;
    return `${tableName}“${rowLabel}”${columnLabel}`;
  }
  if (table === 'reviewLitigation') return `${tableName}${REVIEW_GROUP_LABELS[row] ?? row}${REVIEW_COLUMN_LABELS[column] ?? column}`;
  if (table === 'legacyStatistics') return `${tableName}“${data.legacyStatistics?.[Number(row)]?.indicator ?? row}”`;
  return path;
}

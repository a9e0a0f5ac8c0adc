// Links from a check to the cells it names on the report page: `#cell-<table>-<row>-<column>`, the
// ids the report page gives its table cells, and the names a reader knows the cells by.
import {
  APPLICATION_COLUMN_LABELS,
  APPLICATION_ROWS,
  PROACTIVE_COLUMN_LABELS,
  REVIEW_COLUMN_LABELS,
  REVIEW_GROUP_LABELS,
  type ReportFormat,
  proactiveRowsOf,
} from '../parser/index.ts';

/** `applications.denied.stateSecret.total` → `cell-applications-denied-stateSecret-total`: the id the report page gives the cell. */
export function cellAnchor(cellPath: string): string {
  return `cell-${cellPath.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** “表三 （一）予以公开 · 自然人”. */
export function cellLabel(cellPath: string, format: ReportFormat): string {
  const parts = cellPath.split('.');
  const table = parts[0] ?? '';
  const row = parts.slice(1, -1).join('.');
  const column = parts.at(-1) ?? '';
  if (table === 'applications') {
    return `表三 ${APPLICATION_ROWS.find((r) => r.key === row)?.label ?? row} · ${APPLICATION_COLUMN_LABELS[column] ?? column}`;
  }
  if (table === 'reviewLitigation') return `表四 ${REVIEW_GROUP_LABELS[row] ?? row} · ${REVIEW_COLUMN_LABELS[column] ?? column}`;
  if (table === 'proactive') {
    return `表二 ${proactiveRowsOf(format).find((r) => r.key === row)?.label ?? row} · ${PROACTIVE_COLUMN_LABELS[column] ?? column}`;
  }
  return cellPath;
}

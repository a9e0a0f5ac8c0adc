// The fixed lookup rows of the database: tables and check statuses, with their Chinese labels.
import type { CheckStatus, TableName } from '../../parser/index.ts';
import { TABLE_LABELS } from '../labels.ts';
import { TIDY_TABLES } from '../tidy.ts';

/** 1-based, in the order of the downloads. */
export const TABLE_IDS = Object.fromEntries(TIDY_TABLES.map((t, i) => [t, i + 1])) as Record<TableName, number>;

export const TABLE_ROWS: [id: number, name: TableName, label: string][] = TIDY_TABLES.map((t) => [TABLE_IDS[t], t, TABLE_LABELS[t] ?? t]);

/** pass is 0: SQLite stores 0 and 1 in no bytes, and most checks pass. */
export const STATUS_IDS: Record<CheckStatus, number> = { pass: 0, fail: 1, uncheckable: 2 };

export const STATUS_LABELS: Record<CheckStatus, string> = { pass: '相符', fail: '不符', uncheckable: '无法核对' };

export const STATUS_ROWS: [id: number, status: CheckStatus, label: string][] = (Object.keys(STATUS_IDS) as CheckStatus[]).map((s) => [
  STATUS_IDS[s],
  s,
  STATUS_LABELS[s],
]);

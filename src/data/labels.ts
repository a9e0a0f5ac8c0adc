// Chinese labels of the tables' row and column keys, for the downloads' label columns and the
// compare page. Keys are the spec's; labels come from the parser's table specifications.
import {
  APPLICATION_COLUMNS,
  APPLICATION_COLUMN_LABELS,
  APPLICATION_ROWS,
  PROACTIVE_COLUMN_LABELS,
  REVIEW_COLUMNS,
  REVIEW_COLUMN_LABELS,
  REVIEW_GROUPS,
  REVIEW_GROUP_LABELS,
  type ReportFormat,
  proactiveRowsOf,
} from '../parser/index.ts';
import type { Labelled } from './types.ts';

export { REVIEW_COLUMN_LABELS };

export const TABLE_LABELS: Record<string, string> = {
  proactive: '表二 主动公开政府信息情况',
  applications: '表三 收到和处理政府信息公开申请情况',
  reviewLitigation: '表四 政府信息公开行政复议、行政诉讼情况',
  legacyStatistics: '政府信息公开情况统计表（旧版格式）',
};

/** Rows of table 3 in table order (both formats' rows: a report has only its own). */
export const applicationRows: Labelled[] = APPLICATION_ROWS.map((r) => [r.key, r.label]);
export const applicationColumns: Labelled[] = APPLICATION_COLUMNS.map((c) => [c, APPLICATION_COLUMN_LABELS[c] ?? c]);
export const reviewGroups: Labelled[] = REVIEW_GROUPS.map((g) => [g, REVIEW_GROUP_LABELS[g] ?? g]);
export const reviewColumns: Labelled[] = REVIEW_COLUMNS.map((c) => [c, REVIEW_COLUMN_LABELS[c] ?? c]);

const applicationRowLabel = new Map(applicationRows);

export function applicationRowLabelOf(key: string): string {
  return applicationRowLabel.get(key) ?? key;
}

export function applicationColumnLabelOf(key: string): string {
  return APPLICATION_COLUMN_LABELS[key] ?? key;
}

/** Table 2's rows differ between the 2021 and 2019 formats; so do their labels. */
export function proactiveRowLabelOf(format: ReportFormat, key: string): string {
  return proactiveRowsOf(format).find((r) => r.key === key)?.label ?? key;
}

export function proactiveColumnLabelOf(key: string): string {
  return PROACTIVE_COLUMN_LABELS[key] ?? key;
}

export function reviewGroupLabelOf(key: string): string {
  return REVIEW_GROUP_LABELS[key] ?? key;
}

export function reviewColumnLabelOf(key: string): string {
  return REVIEW_COLUMN_LABELS[key] ?? key;
}

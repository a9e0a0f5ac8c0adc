// The words a report's statutory tables print, table by table — caption, unit, column headings, row
// labels and notes, and a 统计表's indicators — as the report page shows them, so that search finds a
// report by a word that stands only in its tables (and links to the table).
import type { ReportEntryData as ReportData } from '../schema/report.ts';
import { APPLICATION_COLUMN_LABELS } from '../parser/index.ts';
import {
  APPLICANTS_LABEL,
  BALANCE_NOTE,
  ORGANISATIONS_LABEL,
  OUTCOMES_LABEL,
  SUBGROUP_LABELS,
  placeApplicationRows,
} from '../lib/reportPage/applicationsLayout.ts';
import { REVIEW_COLUMN_LABELS } from '../lib/reportPage/cellPaths.ts';
import { proactiveLayoutOf } from '../lib/reportPage/proactiveLayout.ts';
import {
  APPLICATIONS_CAPTION,
  COUNT_UNIT,
  LEGACY_COLUMN_LABELS,
  LEGACY_STATISTICS_CAPTION,
  LITIGATION_KINDS,
  LITIGATION_LABEL,
  PROACTIVE_CAPTION,
  PROACTIVE_ITEM_LABEL,
  REVIEW_LABEL,
  REVIEW_LITIGATION_CAPTION,
} from '../lib/reportPage/tableCaptions.ts';

export interface TableWords {
  caption: string;
  /** The table's id on the report page. */
  anchor: string;
  /** Every word the table prints but its figures, in reading order. */
  words: string[];
}

function proactiveWords(data: ReportData): TableWords | null {
  if (!data.proactive) return null;
  const words = [PROACTIVE_CAPTION];
  for (const block of proactiveLayoutOf(data.format)) {
    words.push(block.clause, PROACTIVE_ITEM_LABEL, ...block.columns.map((c) => c.label), ...block.rows.map((r) => r.label));
  }
  return { caption: PROACTIVE_CAPTION, anchor: 'table-proactive', words };
}

function applicationsWords(data: ReportData): TableWords | null {
  if (!data.applications) return null;
  const columns = Object.values(APPLICATION_COLUMN_LABELS);
  const words = [APPLICATIONS_CAPTION, COUNT_UNIT, APPLICANTS_LABEL, ORGANISATIONS_LABEL, ...columns];
  let group: string | null = null;
  for (const row of placeApplicationRows(Object.keys(data.applications))) {
    if (row.outcomeSpan > 0) words.push(OUTCOMES_LABEL);
    if (row.subgroup && row.subgroup !== group) words.push(SUBGROUP_LABELS[row.subgroup]);
    group = row.subgroup;
    words.push(row.label);
  }
  words.push(BALANCE_NOTE);
  return { caption: APPLICATIONS_CAPTION, anchor: 'table-applications', words };
}

function reviewLitigationWords(data: ReportData): TableWords | null {
  if (!data.reviewLitigation) return null;
  const columns = Object.values(REVIEW_COLUMN_LABELS);
  const words = [REVIEW_LITIGATION_CAPTION, COUNT_UNIT, REVIEW_LABEL, LITIGATION_LABEL, ...columns];
  for (const [, label] of LITIGATION_KINDS) words.push(label);
  return { caption: REVIEW_LITIGATION_CAPTION, anchor: 'table-reviewLitigation', words };
}

function legacyStatisticsWords(data: ReportData): TableWords | null {
  if (!data.legacyStatistics) return null;
  const words: string[] = [LEGACY_STATISTICS_CAPTION, ...LEGACY_COLUMN_LABELS];
  const extraLabels = new Set<string>();
  for (const row of data.legacyStatistics) {
    for (const extra of row.extra ?? []) extraLabels.add(extra.label);
  }
  words.push(...extraLabels);
  for (const row of data.legacyStatistics) words.push(row.indicator, ...(row.unit ? [row.unit] : []));
  return { caption: LEGACY_STATISTICS_CAPTION, anchor: 'table-legacyStatistics', words };
}

/** The tables a report has, each with the words it prints. */
export function tableWords(data: ReportData): TableWords[] {
  return [proactiveWords(data), applicationsWords(data), reviewLitigationWords(data), legacyStatisticsWords(data)].filter(
    (t): t is TableWords => t !== null,
  );
}

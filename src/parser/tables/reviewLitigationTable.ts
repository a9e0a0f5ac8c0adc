// Reads table 4 — 政府信息公开行政复议、行政诉讼情况: one row of 15 numbers in three groups of five,
// or (in converted documents) three small tables of five.
import type { Cell, Diagnostic, ReviewLitigation } from '../types.ts';
import type { RowRecord } from '../records.ts';
import { type ColumnSpec, type Reading, alignRow, gridLayoutOf } from '../alignCells.ts';
import { compact } from '../text.ts';
import { sumOf } from './applicationsArithmetic.ts';
import { finalCells, rowReadings } from './resolveReadings.ts';
import { cellDiagnostics } from './cellDiagnostics.ts';
import type { TableResult } from './applicationsTable.ts';

export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const REVIEW_COLUMN_LABELS: Record<string, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};
export const REVIEW_GROUP_LABELS: Record<string, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};

const COUNT: ColumnSpec = { decimal: false, signed: false };

function groupsHold(reading: Reading): boolean | null {
  let judged = false;
  for (let g = 0; g < 3; g++) {
    const parts = reading.slice(g * 5, g * 5 + 4);
    const total = reading[g * 5 + 4] ?? null;
    const sum = sumOf(parts);
    if (sum === null || total === null) continue;
    judged = true;
    if (sum !== total) return false;
  }
  return judged ? true : null;
}

function groupOf(text: string): (typeof REVIEW_GROUPS)[number] | null {
  const t = compact(text);
  if (/复议后起诉/.test(t)) return 'litigationAfterReview';
  if (/未经复议|直接起诉/.test(t)) return 'litigationDirect';
  if (/行政复议/.test(t)) return 'review';
  return null;
}

function digitsIn(record: RowRecord): number {
  return record.chunks.reduce((n, c) => n + (c.kind === 'run' ? c.raw.replace(/\D/g, '').length : 1), 0);
}

export function readReviewLitigationTable(records: RowRecord[]): TableResult<ReviewLitigation> | null {
  const data = records.filter((r) => !r.allBlank);
  const diagnostics: Diagnostic[] = [];
  const empty = (): Record<string, Cell> => Object.fromEntries(REVIEW_COLUMNS.map((c) => [c, null]));
  const result: ReviewLitigation = { review: empty(), litigationDirect: empty(), litigationAfterReview: empty() };

  const whole = data.find((r) => digitsIn(r) >= 15 || (r.cellMode && r.chunks.length >= 12));
  if (whole) {
    const columns = new Array<ColumnSpec>(15).fill(COUNT);
    const alignment = alignRow(whole.chunks, columns, gridLayoutOf([whole], 15));
    const r = rowReadings('reviewLitigation', whole, alignment, groupsHold);
    const cells = finalCells(r, 15);
    REVIEW_GROUPS.forEach((g, gi) => {
      result[g] = Object.fromEntries(REVIEW_COLUMNS.map((c, ci) => [c, cells[gi * 5 + ci] ?? null]));
    });
    diagnostics.push(...cellDiagnostics('表四', '行政复议、行政诉讼', whole, r, false));
    return { rows: result, line: whole.line, end: whole.end, diagnostics };
  }

  // Three tables of five, each under its own heading.
  const fives = data.filter((r) => digitsIn(r) >= 5 && digitsIn(r) < 15);
  if (fives.length === 0) return null;
  const used = new Set<string>();
  let end = 0;
  fives.slice(0, 3).forEach((record, i) => {
    const named = groupOf(record.label) ?? groupOf(record.context);
    const group = named && !used.has(named) ? named : REVIEW_GROUPS.find((g, gi) => gi >= i && !used.has(g));
    if (!group) return;
    used.add(group);
    end = Math.max(end, record.end);
    const columns = new Array<ColumnSpec>(5).fill(COUNT);
    const alignment = alignRow(record.chunks, columns, gridLayoutOf([record], 5));
    const r = rowReadings(group, record, alignment, (reading) => groupsHold([...reading, ...new Array(10).fill(null)]));
    const cells = finalCells(r, 5);
    result[group] = Object.fromEntries(REVIEW_COLUMNS.map((c, ci) => [c, cells[ci] ?? null]));
    diagnostics.push(...cellDiagnostics('表四', REVIEW_GROUP_LABELS[group] ?? group, record, r, false));
  });
  for (const g of REVIEW_GROUPS) {
    if (!used.has(g)) {
      diagnostics.push({
        severity: 'warning',
        code: 'row.missing',
        message: `表四“${REVIEW_GROUP_LABELS[g]}”一组在文本中缺失，记为未知。`,
        line: fives[0]?.line ?? null,
      });
    }
  }
  return { rows: result, line: fives[0]?.line ?? 0, end, diagnostics };
}

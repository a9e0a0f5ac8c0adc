// Reads table 4 — 政府信息公开行政复议、行政诉讼情况: one row of 15 numbers in three groups of five,
// or (in converted documents) three small tables of five.
import type { Cell, Diagnostic, ReviewLitigation } from '../types.ts';
import { type RowRecord, isRun } from '../records.ts';
import { type ColumnSpec, type Reading, alignRow, rowLayoutOf } from '../alignCells.ts';
import { compact, isAsciiDigit } from '../text.ts';
import { sumOf } from './applicationsArithmetic.ts';
import { finalCells, rowReadings } from './resolveReadings.ts';
import { cellDiagnostics } from './cellDiagnostics.ts';
import type { TableResult } from './applicationsTable.ts';
import { REVIEW_GROUPS, REVIEW_GROUP_LABELS } from './reviewLitigationSpec.ts';

const COUNT: ColumnSpec = { decimal: false, signed: false };
const WHOLE_ROW: ColumnSpec[] = new Array<ColumnSpec>(15).fill(COUNT);
const GROUP_ROW: ColumnSpec[] = new Array<ColumnSpec>(5).fill(COUNT);

/** Whether group g's four results sum to its total in a reading; null when a cell is unknown. */
function groupHolds(reading: Reading, g: number): boolean | null {
  const parts = reading.slice(g * 5, g * 5 + 4);
  const total = reading[g * 5 + 4] ?? null;
  const sum = sumOf(parts);
  if (sum === null || total === null) return null;
  return sum === total;
}

function groupsHold(reading: Reading): boolean | null {
  let judged = false;
  for (let g = 0; g < 3; g++) {
    const holds = groupHolds(reading, g);
    if (holds === null) continue;
    judged = true;
    if (!holds) return false;
  }
  return judged ? true : null;
}

/** The rule for one table of five: its own group total. */
const firstGroupHolds = (reading: Reading): boolean | null => groupHolds(reading, 0);

const AFTER_REVIEW = /复议后起诉/;
const DIRECT = /未经复议|直接起诉/;
const REVIEW = /行政复议/;

function groupOf(text: string): (typeof REVIEW_GROUPS)[number] | null {
  const t = compact(text);
  if (AFTER_REVIEW.test(t)) return 'litigationAfterReview';
  if (DIRECT.test(t)) return 'litigationDirect';
  if (REVIEW.test(t)) return 'review';
  return null;
}

/** Digits a record holds: each digit of a run, and one per cell. */
function digitsIn(record: RowRecord): number {
  let n = 0;
  for (const c of record.chunks) {
    if (!isRun(c)) {
      n++;
      continue;
    }
    const raw = c;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      if (isAsciiDigit(code)) n++;
    }
  }
  return n;
}

/** A group's five cells from cells[from…], keyed in REVIEW_COLUMNS order; all unknown without cells. */
function groupCells(cells: Cell[] | null, from: number): Record<string, Cell> {
  if (!cells) return { upheld: null, corrected: null, other: null, pending: null, total: null };
  return {
    upheld: cells[from] ?? null,
    corrected: cells[from + 1] ?? null,
    other: cells[from + 2] ?? null,
    pending: cells[from + 3] ?? null,
    total: cells[from + 4] ?? null,
  };
}

export function readReviewLitigationTable(records: RowRecord[]): TableResult<ReviewLitigation> | null {
  const diagnostics: Diagnostic[] = [];
  const result: ReviewLitigation = {
    review: groupCells(null, 0),
    litigationDirect: groupCells(null, 0),
    litigationAfterReview: groupCells(null, 0),
  };

  // Digits of each non-blank record, counted once.
  const data: RowRecord[] = [];
  const digits: number[] = [];
  for (const r of records) {
    if (r.allBlank) continue;
    data.push(r);
    digits.push(digitsIn(r));
  }

  const wholeAt = data.findIndex((r, i) => (digits[i] as number) >= 15 || (r.cellMode && r.chunks.length >= 12));
  if (wholeAt >= 0) {
    const whole = data[wholeAt] as RowRecord;
    const alignment = alignRow(whole.chunks, WHOLE_ROW, rowLayoutOf(whole, 15));
    const r = rowReadings('reviewLitigation', whole, alignment, groupsHold);
    const cells = finalCells(r, 15);
    for (let gi = 0; gi < REVIEW_GROUPS.length; gi++)
      result[REVIEW_GROUPS[gi] as (typeof REVIEW_GROUPS)[number]] = groupCells(cells, gi * 5);
    cellDiagnostics(diagnostics, '表四', '行政复议、行政诉讼', whole, r, false);
    return { rows: result, line: whole.line, end: whole.end, diagnostics };
  }

  // Three tables of five, each under its own heading.
  const fives: RowRecord[] = [];
  for (let i = 0; i < data.length; i++) if ((digits[i] as number) >= 5 && (digits[i] as number) < 15) fives.push(data[i] as RowRecord);
  if (fives.length === 0) return null;
  const used = new Set<string>();
  let end = 0;
  for (let i = 0; i < fives.length && i < 3; i++) {
    const record = fives[i] as RowRecord;
    const named = groupOf(record.label) ?? groupOf(record.context);
    const group = named && !used.has(named) ? named : REVIEW_GROUPS.find((g, gi) => gi >= i && !used.has(g));
    if (!group) continue;
    used.add(group);
    end = Math.max(end, record.end);
    const alignment = alignRow(record.chunks, GROUP_ROW, rowLayoutOf(record, 5));
    const r = rowReadings(group, record, alignment, firstGroupHolds);
    result[group] = groupCells(finalCells(r, 5), 0);
    cellDiagnostics(diagnostics, '表四', REVIEW_GROUP_LABELS[group] ?? group, record, r, false);
  }
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

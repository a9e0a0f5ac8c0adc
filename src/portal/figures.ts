// The few figures a summary row shows for one report, read from its tables (null when unknown).
import type { Cell } from '../parser/index.ts';
import type { ReportEntryData } from '../schema/report.ts';

export interface KeyFigures {
  received: Cell;
  carriedOver: Cell;
  processed: Cell;
  granted: Cell;
  partiallyGranted: Cell;
  carriedForward: Cell;
  review: Cell;
  litigation: Cell;
}

// Both are asked for the same report by many pages (each year's sort orders, each quality view):
// worked out once per report.
const figuresOf = new WeakMap<ReportEntryData, KeyFigures>();
const countsOf = new WeakMap<ReportEntryData, CheckCounts>();

export function keyFigures(r: ReportEntryData): KeyFigures {
  let f = figuresOf.get(r);
  if (!f) figuresOf.set(r, (f = computeKeyFigures(r)));
  return f;
}

function computeKeyFigures(r: ReportEntryData): KeyFigures {
  const total = (row: string): Cell => r.applications?.[row]?.total ?? null;
  const rl = r.reviewLitigation;
  const sum = (a: Cell | undefined, b: Cell | undefined): Cell =>
    a === null || a === undefined || b === null || b === undefined ? null : a + b;
  return {
    received: total('received'),
    carriedOver: total('carriedOver'),
    processed: total('processedTotal'),
    granted: total('granted'),
    partiallyGranted: total('partiallyGranted'),
    carriedForward: total('carriedForward'),
    review: rl?.review.total ?? null,
    litigation: rl ? sum(rl.litigationDirect.total, rl.litigationAfterReview.total) : null,
  };
}

export interface CheckCounts {
  pass: number;
  fail: number;
  uncheckable: number;
  /** Cells the parser could not read (null) in the tables the format has. */
  unknownCells: number;
}

export function checkCounts(r: ReportEntryData): CheckCounts {
  let c = countsOf.get(r);
  if (!c) countsOf.set(r, (c = computeCheckCounts(r)));
  return c;
}

function computeCheckCounts(r: ReportEntryData): CheckCounts {
  const counts = { pass: 0, fail: 0, uncheckable: 0, unknownCells: 0 };
  for (const c of r.checks) counts[c.status]++;
  const tables = [r.proactive, r.applications, r.reviewLitigation as Record<string, Record<string, Cell>> | null];
  for (const t of tables)
    for (const row of Object.values(t ?? {})) for (const v of Object.values(row)) if (v === null) counts.unknownCells++;
  for (const row of r.legacyStatistics ?? []) if (row.value === null && row.unit !== null) counts.unknownCells++;
  return counts;
}

/** The figures a year's summary table can be sorted by (one static page per order). */
export const SORTABLE_FIGURES = [
  'received',
  'carriedOver',
  'processed',
  'granted',
  'partiallyGranted',
  'carriedForward',
  'review',
  'litigation',
] as const;

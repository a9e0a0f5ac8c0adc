// The few figures a summary row shows for one report: its harmonised series (series/measures.ts),
// so a legacy year shows its 统计表's figures; null when unknown or when the format lacks the measure.
import type { Cell } from '../parser/index.ts';
import type { ReportEntryData } from '../schema/report.ts';
import { type ReportSeries, reportSeries } from './series/reportSeries.ts';

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
const seriesOf = new WeakMap<ReportEntryData, ReportSeries>();
const figuresOf = new WeakMap<ReportEntryData, KeyFigures>();
const countsOf = new WeakMap<ReportEntryData, CheckCounts>();

/** The report's series, worked out once per report. */
export function seriesOfReport(r: ReportEntryData): ReportSeries {
  let s = seriesOf.get(r);
  if (!s) seriesOf.set(r, (s = reportSeries(r)));
  return s;
}

export function keyFigures(r: ReportEntryData): KeyFigures {
  let f = figuresOf.get(r);
  if (!f) figuresOf.set(r, (f = computeKeyFigures(r)));
  return f;
}

function computeKeyFigures(r: ReportEntryData): KeyFigures {
  const s = seriesOfReport(r);
  return {
    received: s.received.value,
    carriedOver: s.carriedOver.value,
    processed: s.processed.value,
    granted: s.granted.value,
    partiallyGranted: s.partiallyGranted.value,
    carriedForward: s.carriedForward.value,
    review: s.review.value,
    litigation: s.litigation.value,
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

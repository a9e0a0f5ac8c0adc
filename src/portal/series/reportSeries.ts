// A report's values of the harmonised series (measures.ts), each with where it came from. A measure
// the report's format lacks is absent (null, no source); one the format has but the text lost is
// null with its source. A sum is known only when every part is: nothing is ever counted as 0.
import type { Cell, LegacyStatisticsRow, ReportFormat, ReviewLitigation, TableRows } from '../../parser/index.ts';
import { indicatorWording } from './legacyIndicator.ts';
import { MEASURES, type MeasureKey, type MeasureSpec } from './measures.ts';

export interface TableSource {
  format: '2019' | '2021';
  table: 'applications' | 'reviewLitigation';
  row: string;
  column: string;
}

export interface LegacySource {
  format: 'legacy';
  /** The indicator as the report writes it. */
  indicator: string;
  line: number;
}

export type SeriesSource = TableSource | LegacySource;

export interface SeriesValue {
  value: Cell;
  source: SeriesSource | null;
}

export type ReportSeries = Record<MeasureKey, SeriesValue>;

/** What of a report the series is read from (a parsed report, its published JSON, a compare report). */
export interface SeriesInput {
  format: ReportFormat;
  applications: TableRows | null;
  reviewLitigation: ReviewLitigation | null;
  legacyStatistics: LegacyStatisticsRow[] | null;
}

const ABSENT: SeriesValue = Object.freeze({ value: null, source: null });

export function reportSeries(report: SeriesInput): ReportSeries {
  const out = {} as ReportSeries;
  const legacy = report.format === 'legacy' ? legacyRowsByMeasure(report.legacyStatistics ?? []) : null;
  for (const m of MEASURES) {
    if (report.format === '2019' || report.format === '2021') out[m.key] = tableValue(report, report.format, m);
    else if (legacy) out[m.key] = legacyValue(legacy, m);
    else out[m.key] = ABSENT;
  }
  return out;
}

function tableValue(report: SeriesInput, format: '2019' | '2021', m: MeasureSpec): SeriesValue {
  const { table, row, rows, column } = m.table;
  const source: TableSource = { format, table, row, column };
  const tableRows = report[table] as Record<string, Record<string, Cell> | undefined> | null;
  let value: Cell = 0;
  for (const key of rows) {
    const cell = tableRows?.[key]?.[column];
    if (cell === null || cell === undefined) return { value: null, source };
    value += cell;
  }
  return { value, source };
}

const MEASURE_OF_WORDING = new Map(MEASURES.flatMap((m) => m.legacy.map((w) => [w, m.key] as const)));

/** Each measure's first row in table order whose wording is one of the measure's. */
function legacyRowsByMeasure(rows: readonly LegacyStatisticsRow[]): Map<MeasureKey, LegacyStatisticsRow> {
  const byMeasure = new Map<MeasureKey, LegacyStatisticsRow>();
  for (const row of rows) {
    const key = MEASURE_OF_WORDING.get(indicatorWording(row.indicator));
    if (key && !byMeasure.has(key)) byMeasure.set(key, row);
  }
  return byMeasure;
}

function legacyValue(rows: Map<MeasureKey, LegacyStatisticsRow>, m: MeasureSpec): SeriesValue {
  const row = rows.get(m.key);
  if (!row) return ABSENT;
  // `value` is the year's column; 历年累计 (row.extra) is never read.
  return { value: row.value, source: { format: 'legacy', indicator: row.indicator, line: row.line } };
}

/**
 * A measure the report's format has no place for: a legacy 统计表 without the indicator. Absent, shown as
 * — and never counted as unknown; any other null (a lost cell, a report whose format was not recognised) is unknown.
 */
export function lacksMeasure(report: Pick<SeriesInput, 'format'>, value: SeriesValue): boolean {
  return report.format === 'legacy' && value.source === null;
}

/** The source in one line, for downloads: `applications/received/total`, or the indicator as written. */
export function sourceText(source: SeriesSource | null): string {
  if (!source) return '';
  return source.format === 'legacy' ? source.indicator : `${source.table}/${source.row}/${source.column}`;
}

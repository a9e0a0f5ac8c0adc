// What the compare page shows for a selection of reports: tables 3 and 4 side by side, the key rates
// and one measure for the chart. Pure: the page's script renders it; the tests read it directly.
// The chart's counts are the harmonised series (src/portal/series/), so a legacy report's 统计表
// figure is charted too, noted 旧版统计表口径 with its indicator as written.
import type { Cell } from '../parser/index.ts';
import { cellText } from '../lib/displayText.ts';
import { LEGACY_MARK, type MeasureKey as SeriesKey } from '../portal/series/measures.ts';
import { reportSeries } from '../portal/series/reportSeries.ts';
import type { MeasureKey } from './compareState.ts';
import type { CompareLabels, CompareReport } from './compareTypes.ts';
import { RATE_STATUS_TEXT, type Rate, type RateKey, type RateStatus, reportRates } from './rates.ts';

const collator = new Intl.Collator('zh-CN');

/**
 * What the rates table writes beside a rate (its numerator and denominator, 旧版统计表口径 for a
 * legacy 统计表's) or, when the rate is not computed, in its place (why, then the same): one pair of
 * brackets, never one inside another.
 */
export function rateParts(rate: Rate, legacy: boolean): string {
  const figures = `${cellText(rate.numerator)} / ${cellText(rate.denominator)}`;
  if (rate.value !== null) return legacy ? `${figures}（${LEGACY_MARK}）` : figures;
  const status = RATE_STATUS_TEXT[rate.status as Exclude<RateStatus, 'computed'>];
  return `${status}（${legacy ? `${figures}；${LEGACY_MARK}` : figures}）`;
}

/** 吴忠市利通区人民政府 2022 年 */
export function reportLabel(r: CompareReport): string {
  return `${r.body} ${r.year === null ? '年度不详' : `${r.year} 年`}`;
}

export interface Selection {
  /** By body name, then year (oldest first). */
  reports: CompareReport[];
  /** Ids asked for that no report has. */
  missing: string[];
}

export function selectReports(all: readonly CompareReport[], ids: readonly string[]): Selection {
  const byId = new Map(all.map((r) => [r.id, r]));
  const reports = ids.flatMap((id) => byId.get(id) ?? []);
  reports.sort((a, b) => collator.compare(a.body, b.body) || (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id));
  return { reports, missing: ids.filter((id) => !byId.has(id)) };
}

/** One row of a side-by-side table: per report a number, null (unknown) or undefined (the report has no such row). */
export interface ComparisonRow {
  key: string;
  label: string;
  values: (Cell | undefined)[];
}

/** Table 3, one applicant column, rows that at least one chosen report has, in table order. */
export function applicationsComparison(labels: CompareLabels, reports: readonly CompareReport[], column: string): ComparisonRow[] {
  return labels.applicationRows
    .filter(([key]) => reports.some((r) => r.applications?.[key] !== undefined))
    .map(([key, label]) => ({
      key,
      label,
      values: reports.map((r) => {
        const row = r.applications?.[key];
        return row === undefined ? undefined : (row[column] ?? null);
      }),
    }));
}

export interface ComparisonGroup {
  key: string;
  label: string;
  rows: ComparisonRow[];
}

/** Table 4: each group (复议, 直接起诉, 复议后起诉) with its five columns as rows. */
export function reviewComparison(labels: CompareLabels, reports: readonly CompareReport[]): ComparisonGroup[] {
  return labels.reviewGroups.map(([group, groupLabel]) => ({
    key: group,
    label: groupLabel,
    rows: labels.reviewColumns.map(([column, label]) => ({
      key: column,
      label,
      values: reports.map((r) => {
        const cells = r.reviewLitigation?.[group as keyof NonNullable<CompareReport['reviewLitigation']>];
        return cells === undefined ? undefined : (cells[column] ?? null);
      }),
    })),
  }));
}

export function ratesComparison(reports: readonly CompareReport[]): Record<RateKey, Rate>[] {
  return reports.map(reportRates);
}

interface Measure {
  label: string;
  /** Rates are charted as percentages. */
  rate?: RateKey;
  /** Counts are the series' measure. */
  count?: SeriesKey;
}

export const MEASURES: Record<MeasureKey, Measure> = {
  received: { label: '本年新收申请数（总计）', count: 'received' },
  processedTotal: { label: '办理结果总计', count: 'processed' },
  disclosure: { label: '实质公开率（%）', rate: 'disclosure' },
  reviewTotal: { label: '行政复议总计', count: 'review' },
  reviewCorrection: { label: '行政复议纠错率（%）', rate: 'reviewCorrection' },
  litigationTotal: { label: '行政诉讼总计（两类起诉合计）', count: 'litigation' },
  litigationCorrection: { label: '行政诉讼纠错率（%）', rate: 'litigationCorrection' },
};

/** One bar of the chart: a count, or a rate in percent rounded to 0.1; null with the reason when not drawn. */
export interface MeasurePoint {
  label: string;
  value: number | null;
  note: string | null;
}

export function measureUnit(measure: MeasureKey): string {
  return MEASURES[measure].rate ? '%' : '件';
}

export function measurePoints(reports: readonly CompareReport[], measure: MeasureKey): MeasurePoint[] {
  const m = MEASURES[measure];
  return reports.map((r) => {
    const label = reportLabel(r);
    if (m.count) {
      const { value, source } = reportSeries(r)[m.count];
      // No source: the format lacks the measure; a modern source whose table was not found: no table either.
      const noTable = source === null || (source.format !== 'legacy' && r[source.table] === null);
      if (value === null) return { label, value, note: noTable ? RATE_STATUS_TEXT.noTable : '未知' };
      return { label, value, note: source?.format === 'legacy' ? `${LEGACY_MARK}：${source.indicator}` : null };
    }
    const rate = reportRates(r)[m.rate as RateKey];
    if (rate.value === null) return { label, value: null, note: RATE_STATUS_TEXT[rate.status as Exclude<RateStatus, 'computed'>] };
    // A legacy report's 实质公开率 is made of its 统计表's figures (reportRates): marked as its counts are.
    return { label, value: Math.round(rate.value * 1000) / 10, note: r.format === 'legacy' ? LEGACY_MARK : null };
  });
}

/** The chart in words, for its canvas's aria-label: “A 11 件，B 26 件；C：未知（未画入）”. */
export function chartDescription(title: string, points: readonly MeasurePoint[], unit: string): string {
  const drawn = points
    .filter((p) => p.value !== null)
    .map((p) => `${p.label} ${p.value?.toLocaleString('zh-CN')} ${unit}${p.note ? `（${p.note}）` : ''}`);
  const left = points.filter((p) => p.value === null).map((p) => `${p.label}：${p.note ?? '未知'}`);
  const parts = [drawn.join('，'), left.length > 0 ? `未画入：${left.join('；')}` : ''].filter(Boolean);
  return `${title}（条形图）：${parts.join('。')}。`;
}

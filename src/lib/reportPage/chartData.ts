// What the report page's charts show, from table 3. A part whose figure is unknown is left out of the
// chart and said to be unknown; it is never drawn as 0.
import { numberText } from '../displayText.ts';
import { APPLICANT_COLUMNS, APPLICATION_COLUMN_LABELS, type Cell, type TableRows } from '../../parser/index.ts';

export interface ChartPart {
  label: string;
  value: Cell;
  /** How the figure differs from the rest, shown beside it (a legacy 统计表's indicator); none when null. */
  note?: string | null;
}

/** The sum of rows' 总计, or null when a row is unknown or absent. */
function totalOf(rows: TableRows, keys: string[]): Cell {
  let sum = 0;
  for (const k of keys) {
    const v = rows[k]?.total;
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return keys.length === 0 ? null : sum;
}

const withPrefix = (rows: TableRows, prefix: string): string[] => Object.keys(rows).filter((k) => k.startsWith(`${prefix}.`));

/** 予以公开, 部分公开, 不予公开 (8 rows), 无法提供 (3), 不予处理 (5), 其他处理 (1 row, or 3 in the 2021 format). */
export function outcomeParts(rows: TableRows): ChartPart[] {
  const other = 'otherHandling' in rows ? ['otherHandling'] : withPrefix(rows, 'otherHandling');
  return [
    { label: '予以公开', value: totalOf(rows, ['granted']) },
    { label: '部分公开', value: totalOf(rows, ['partiallyGranted']) },
    { label: '不予公开', value: totalOf(rows, withPrefix(rows, 'denied')) },
    { label: '无法提供', value: totalOf(rows, withPrefix(rows, 'unavailable')) },
    { label: '不予处理', value: totalOf(rows, withPrefix(rows, 'notProcessed')) },
    { label: '其他处理', value: totalOf(rows, other) },
  ];
}

/** 本年新收 by applicant: 自然人 and the five kinds of 法人或其他组织. */
export function applicantParts(rows: TableRows): ChartPart[] {
  return APPLICANT_COLUMNS.map((c) => ({
    label: c === 'otherOrganization' ? '其他组织' : (APPLICATION_COLUMN_LABELS[c] ?? c),
    value: rows['received']?.[c] ?? null,
  }));
}

/** A chart is drawn only when at least one of its figures is known. */
export function isDrawable(parts: ChartPart[]): boolean {
  return parts.some((p) => p.value !== null);
}

/** What a chart's canvas carries in its data-chart attribute: only the known parts. */
export interface ChartPayload {
  labels: string[];
  values: number[];
  unit: string;
}

export function chartPayload(parts: ChartPart[], unit: string): ChartPayload {
  const known = parts.filter((p): p is ChartPart & { value: number } => p.value !== null);
  return { labels: known.map((p) => p.label), values: known.map((p) => p.value), unit };
}

/** “予以公开 6 件，部分公开 2 件；不予公开：未知” — the chart in words, for its canvas's label. */
export function describeParts(parts: ChartPart[], unit: string): string {
  const known = parts
    .filter((p): p is ChartPart & { value: number } => p.value !== null)
    .map((p) => `${p.label} ${numberText(p.value)} ${unit}`);
  const unknown = parts.filter((p) => p.value === null).map((p) => p.label);
  return [known.join('，'), unknown.length > 0 ? `${unknown.join('、')}：未知，未画入` : ''].filter(Boolean).join('；');
}

// A body's figures year by year, for its trend charts, read from the harmonised series
// (series/measures.ts), so the line runs from the body's first report to its last. Unknown stays
// unknown; a share is given only when its denominator is known and at least 5 (a share of 1 or 2
// applications says little). A legacy year's point carries a note with the indicators as written.
import type { Cell } from '../parser/index.ts';
import type { CatalogBody } from './catalog.ts';
import { seriesOfReport } from './figures.ts';
import { LEGACY_MARK, type MeasureKey } from './series/measures.ts';
import type { ReportSeries } from './series/reportSeries.ts';

export interface TrendPoint {
  label: string;
  value: Cell;
  /** Where a legacy value came from: 旧版统计表口径：<indicator as written>; null otherwise. */
  note: string | null;
}

export interface Trend {
  id: string;
  title: string;
  unit: string;
  measure: string;
  points: TrendPoint[];
}

const MIN_DENOMINATOR = 5;

function share(numerator: Cell, denominator: Cell): Cell {
  if (numerator === null || denominator === null || denominator < MIN_DENOMINATOR) return null;
  return Math.round((1000 * numerator) / denominator) / 10;
}

/** The legacy mark for a value read from these measures, when any of them came from a 统计表. */
export function legacyNote(series: ReportSeries, keys: readonly MeasureKey[]): string | null {
  const indicators = keys.flatMap((k) => {
    const source = series[k].source;
    return source?.format === 'legacy' ? [source.indicator] : [];
  });
  return indicators.length === 0 ? null : `${LEGACY_MARK}：${indicators.join('、')}`;
}

export function bodyTrends(body: CatalogBody): Trend[] {
  const years = body.reports.filter((r) => r.year !== null);
  const point = (keys: readonly MeasureKey[], pick: (s: ReportSeries) => Cell) =>
    years.map((r) => {
      const s = seriesOfReport(r.data);
      const value = pick(s);
      return { label: `${r.year}年`, value, note: value === null ? null : legacyNote(s, keys) };
    });
  const count = (key: MeasureKey) => point([key], (s) => s[key].value);
  return [
    { id: 'trend-received', title: '历年新收政府信息公开申请', unit: '件', measure: '件数', points: count('received') },
    { id: 'trend-processed', title: '历年办理结果总计', unit: '件', measure: '件数', points: count('processed') },
    {
      id: 'trend-granted-share',
      title: '历年予以公开与部分公开占办理总计的比例',
      unit: '%',
      measure: '比例',
      points: point(['granted', 'partiallyGranted', 'processed'], (s) => {
        const [granted, partially] = [s.granted.value, s.partiallyGranted.value];
        return share(granted === null || partially === null ? null : granted + partially, s.processed.value);
      }),
    },
    { id: 'trend-review', title: '历年政府信息公开行政复议', unit: '件', measure: '件数', points: count('review') },
    { id: 'trend-litigation', title: '历年政府信息公开行政诉讼', unit: '件', measure: '件数', points: count('litigation') },
  ];
}

// A body's figures year by year, for its trend charts. Unknown stays unknown; a share is given only
// when its denominator is known and at least 5 (a share of 1 or 2 applications says little).
import type { Cell } from '../parser/index.ts';
import type { CatalogBody } from './catalog.ts';
import { keyFigures } from './figures.ts';

export interface TrendPoint {
  label: string;
  value: Cell;
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

export function bodyTrends(body: CatalogBody): Trend[] {
  const years = body.reports.filter((r) => r.year !== null);
  const point = (pick: (f: ReturnType<typeof keyFigures>) => Cell) =>
    years.map((r) => ({ label: `${r.year}年`, value: pick(keyFigures(r.data)) }));
  return [
    { id: 'trend-received', title: '历年新收政府信息公开申请', unit: '件', measure: '件数', points: point((f) => f.received) },
    { id: 'trend-processed', title: '历年办理结果总计', unit: '件', measure: '件数', points: point((f) => f.processed) },
    {
      id: 'trend-granted-share',
      title: '历年予以公开与部分公开占办理总计的比例',
      unit: '%',
      measure: '比例',
      points: point((f) => share(f.granted === null || f.partiallyGranted === null ? null : f.granted + f.partiallyGranted, f.processed)),
    },
    { id: 'trend-review', title: '历年政府信息公开行政复议', unit: '件', measure: '件数', points: point((f) => f.review) },
    { id: 'trend-litigation', title: '历年政府信息公开行政诉讼', unit: '件', measure: '件数', points: point((f) => f.litigation) },
  ];
}

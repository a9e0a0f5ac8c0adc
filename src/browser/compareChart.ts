// The compare page's chart: one measure per chosen report, drawn by the portal's bar chart
// (drawChart.ts, loaded with chart.js only when there is something to draw), with its data table.
import { cellText } from '../lib/displayText.ts';
import type { ChartPayload } from '../lib/reportPage/chartData.ts';
import type { MeasureKey } from '../data/compareState.ts';
import type { CompareReport } from '../data/compareTypes.ts';
import { MEASURES, chartDescription, measurePoints, measureUnit } from '../data/compareView.ts';
import { el } from './compareDom.ts';

async function forgetChart(slot: HTMLElement): Promise<void> {
  const old = slot.querySelector('canvas');
  if (!old || !old.dataset['drawn']) return;
  const { Chart } = await import('chart.js');
  Chart.getChart(old)?.destroy();
}

export async function renderChart(slot: HTMLElement, reports: readonly CompareReport[], measure: MeasureKey): Promise<void> {
  await forgetChart(slot);
  const title = MEASURES[measure].label;
  const unit = measureUnit(measure);
  const points = measurePoints(reports, measure);
  const drawn = points.filter((p): p is typeof p & { value: number } => p.value !== null);
  // A drawn bar with a note is a legacy 统计表 figure: marked on the bar, its indicator in the table.
  const payload: ChartPayload = {
    labels: drawn.map((p) => (p.note ? `${p.label}（旧版）` : p.label)),
    values: drawn.map((p) => p.value),
    unit,
  };
  const canvas = el(
    'canvas',
    { role: 'img', 'aria-label': chartDescription(title, points, unit), 'data-chart': JSON.stringify(payload) },
    el('p', {}, '图形无法显示，数据见下表。'),
  );
  const table = el(
    'table',
    { class: 'chart-table' },
    el('caption', {}, `${title}（数据表）`),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, '报告'),
        el('th', { scope: 'col' }, unit === '%' ? '比率（%）' : `数量（${unit}）`),
        el('th', { scope: 'col' }, '说明'),
      ),
    ),
    el(
      'tbody',
      {},
      ...points.map((p) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, p.label),
          el(
            'td',
            { class: p.value !== null ? 'num' : p.note === '未知' ? 'num unknown' : 'absent' },
            p.value === null ? '—' : cellText(p.value),
          ),
          el('td', {}, p.note ?? ''),
        ),
      ),
    ),
  );
  const frame = el('div', { class: 'chart-canvas' }, canvas);
  frame.hidden = true;
  const figure = el('figure', { class: 'chart compare-chart' }, el('figcaption', {}, title), frame, table);
  if (drawn.length < points.length) figure.append(el('p', { class: 'chart-note' }, '没有数字或不计算比率的报告未画入图中（不按 0 计）。'));
  slot.replaceChildren(figure);
  if (drawn.length === 0) return;
  const { drawChart } = await import('./drawChart.ts');
  drawChart(figure);
}

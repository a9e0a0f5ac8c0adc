// One horizontal bar chart on a figure's canvas, in the page's own fonts and colours (the --chart-*
// properties of global.css, dark mode included). Only the parts
// of chart.js a bar chart needs are bundled. No animation for readers who ask for reduced motion.
// redrawChart draws a drawn chart again, when the colours or the text size have changed.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartPayload } from '../lib/reportPage/chartData.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Draws a chart drawn before again, in the page's colours and text size as they are now. */
export function redrawChart(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas[data-chart]');
  if (!canvas?.dataset['drawn']) return;
  Chart.getChart(canvas)?.destroy();
  delete canvas.dataset['drawn'];
  drawChart(figure, false);
}

export function drawChart(figure: HTMLElement, animate = true): void {
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas[data-chart]');
  const frame = canvas?.parentElement;
  if (!canvas || !frame || canvas.dataset['drawn']) return;
  const data = JSON.parse(canvas.dataset['chart'] ?? '{}') as ChartPayload;
  if (!Array.isArray(data.values) || data.values.length === 0) return;
  canvas.dataset['drawn'] = '1';

  const root = getComputedStyle(document.documentElement);
  const fontSize = parseFloat(root.fontSize) || 16;
  frame.hidden = false;
  // Through the CSSOM, which a strict Content-Security-Policy allows.
  frame.style.height = `${Math.max(3, data.values.length) * fontSize * 2.6 + fontSize * 3}px`;

  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = fontSize * 0.9;
  Chart.defaults.color = cssVar('--chart-ink', '#1a1a1a');

  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        { label: data.unit, data: data.values, backgroundColor: cssVar('--chart-bar', '#9b1c1c'), maxBarThickness: fontSize * 1.8 },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion || !animate ? false : { duration: 400 },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${Number(item.parsed.x).toLocaleString('zh-CN')} ${data.unit}` } },
      },
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: cssVar('--chart-grid', '#c9c4bb') } },
        y: { grid: { display: false } },
      },
    },
  });
}

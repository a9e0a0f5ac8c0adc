// How numbers and dates read on the page. Unknown is said in words, never shown as 0.
import type { Cell } from '../parser/index.ts';

export const UNKNOWN = '未知';

// One formatter for every cell: toLocaleString with options builds a new one per call (slow in bulk).
const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return UNKNOWN;
  return NUMBER.format(value);
}

// Counts and sizes as `n.toLocaleString('zh-CN')` writes them (12,345), from one formatter too: that
// call builds a formatter each time (~40 µs; a 10,000-report build makes hundreds of thousands).
const GROUPED = new Intl.NumberFormat('zh-CN');

export function numberText(n: number): string {
  return GROUPED.format(n);
}

export function dateText(iso: string | null): string {
  if (!iso) return '未注明';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const FORMAT_LABELS: Record<string, string> = {
  '2021': '2021 年版格式',
  '2019': '2019 年版格式',
  legacy: '旧版格式（2008—2018）',
  unknown: '格式未能识别',
};

export const STATUS_LABELS: Record<string, string> = { pass: '相符', fail: '不符', uncheckable: '无法核对' };

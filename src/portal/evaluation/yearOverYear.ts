// outlier.yearOverYear: a harmonised measure (series/measures.ts) over five times, or under a fifth
// of, the same body's previous year, both at least 20. A question to ask the body (是否属实？), not an
// error: the check fails, and its pages and the check command word it as a question.
import type { Check } from '../../parser/index.ts';
import { MEASURES } from '../series/measures.ts';
import type { ReportSeries, SeriesSource } from '../series/reportSeries.ts';

export const OUTLIER_RULE = 'outlier.yearOverYear';
/** How many times larger (or smaller) than last year a figure must be. */
export const OUTLIER_FACTOR = 5;
/** Both years' figures at least this: small counts jump by chance (3 → 16). */
export const OUTLIER_FLOOR = 20;

function cellsOf(source: SeriesSource | null, rows: readonly string[]): string[] {
  if (!source || source.format === 'legacy') return [];
  return rows.map((row) => `${source.table}.${row}.${source.column}`);
}

/** One check per measure the current report's format has. */
export function yearOverYearChecks(
  previous: { year: number | null; series: ReportSeries },
  current: { year: number | null; series: ReportSeries },
): Check[] {
  const out: Check[] = [];
  for (const m of MEASURES) {
    const now = current.series[m.key];
    if (now.source === null) continue;
    const before = previous.series[m.key].value;
    const base = { rule: OUTLIER_RULE, subject: m.key, cells: cellsOf(now.source, m.table.rows), expected: before, actual: now.value };
    if (before === null || now.value === null) {
      out.push({
        ...base,
        status: 'uncheckable',
        message: `${m.label}：${before === null ? `${previous.year} 年度` : '本年度'}数字未知，无法与上年比较。`,
      });
      continue;
    }
    const jump =
      before >= OUTLIER_FLOOR && now.value >= OUTLIER_FLOOR && (now.value > before * OUTLIER_FACTOR || now.value * OUTLIER_FACTOR < before);
    out.push({
      ...base,
      status: jump ? 'fail' : 'pass',
      message: jump
        ? `${m.label}由 ${previous.year} 年度的 ${before} 变为本年度的 ${now.value}（${now.value > before ? `超过上年的 ${OUTLIER_FACTOR} 倍` : `不足上年的 1/${OUTLIER_FACTOR}`}），是否属实？`
        : `${m.label}与上年相比变化在 ${OUTLIER_FACTOR} 倍以内（或数字较小）。`,
    });
  }
  return out;
}

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

/** The subject of the one check that speaks for all measures when none jumps (or none can be compared). */
export const ALL_MEASURES = 'measures';

/**
 * A failing check for each measure that jumps; when none does, one check for all of them: pass when
 * at least one measure could be compared, uncheckable when none could. Nine checks a report, most of
 * them passes, weighed 50 MB at 10,000 reports across its pages, downloads and database.
 */
export function yearOverYearChecks(
  previous: { year: number | null; series: ReportSeries },
  current: { year: number | null; series: ReportSeries },
): Check[] {
  const jumps: Check[] = [];
  let compared = 0;
  let measured = 0;
  for (const m of MEASURES) {
    const now = current.series[m.key];
    if (now.source === null) continue;
    measured++;
    const before = previous.series[m.key].value;
    if (before === null || now.value === null) continue;
    compared++;
    const jump =
      before >= OUTLIER_FLOOR && now.value >= OUTLIER_FLOOR && (now.value > before * OUTLIER_FACTOR || now.value * OUTLIER_FACTOR < before);
    if (!jump) continue;
    jumps.push({
      rule: OUTLIER_RULE,
      subject: m.key,
      cells: cellsOf(now.source, m.table.rows),
      expected: before,
      actual: now.value,
      status: 'fail',
      message: `${m.label}由 ${previous.year} 年度的 ${before} 变为本年度的 ${now.value}（${now.value > before ? `超过上年的 ${OUTLIER_FACTOR} 倍` : `不足上年的 1/${OUTLIER_FACTOR}`}），是否属实？`,
    });
  }
  if (jumps.length > 0 || measured === 0) return jumps;
  const all = { rule: OUTLIER_RULE, subject: ALL_MEASURES, cells: [], expected: null, actual: null };
  return [
    compared === 0
      ? { ...all, status: 'uncheckable', message: `两年的指标数字都不全，没有一项可与 ${previous.year} 年度比较。` }
      : {
          ...all,
          status: 'pass',
          message: `${compared} 项指标与 ${previous.year} 年度相比，变化都在 ${OUTLIER_FACTOR} 倍以内（或数字较小）。`,
        },
  ];
}

// data.repeated: every known figure of the report's tables (tables 2–4, or the legacy 统计表) equal to
// the same body's previous-year report: a sign of a copied table. Only known cells count (a blank is
// null, never 0); a table of noughts proves nothing, so some figures must be non-zero.
import type { Check } from '../../parser/index.ts';
import type { ReportEntryData } from '../../schema/report.ts';
import { indicatorWording } from '../series/legacyIndicator.ts';

export const REPEATED_RULE = 'data.repeated';

/**
 * Fewer known figures than this, or fewer non-zero ones than MIN_NONZERO, and the rule cannot tell a
 * copy from chance: uncheckable. A 2019/2021 table 3 alone has over 100 cells; a legacy 统计表 has
 * some 10–30 rows.
 */
export const MIN_KNOWN = 10;
export const MIN_NONZERO = 3;

type Tables = Pick<ReportEntryData, 'format' | 'proactive' | 'applications' | 'reviewLitigation' | 'legacyStatistics'>;

/** The known figures of a report's tables, by a key that names the same figure in another year's report. */
export function tableFigures(r: Tables): Map<string, number> {
  const out = new Map<string, number>();
  const rows = (table: string, t: Record<string, Record<string, number | null>> | null | undefined) => {
    for (const [row, cols] of Object.entries(t ?? {}))
      for (const [col, v] of Object.entries(cols)) if (v !== null && v !== undefined) out.set(`${table}.${row}.${col}`, v);
  };
  if (r.format === 'legacy') {
    const seen = new Map<string, number>();
    for (const row of r.legacyStatistics ?? []) {
      const wording = indicatorWording(row.indicator);
      const n = (seen.get(wording) ?? 0) + 1;
      seen.set(wording, n);
      if (row.value !== null) out.set(`legacy.${wording}.${n}`, row.value);
    }
    return out;
  }
  rows('proactive', r.proactive);
  rows('applications', r.applications);
  rows('reviewLitigation', r.reviewLitigation as Record<string, Record<string, number | null>> | null);
  return out;
}

export function repeatedTablesCheck(previous: Tables & { year: number | null }, current: Tables & { year: number | null }): Check {
  const base = { rule: REPEATED_RULE, subject: null, cells: [] as string[] };
  if (previous.format !== current.format) {
    return {
      ...base,
      status: 'uncheckable',
      expected: null,
      actual: null,
      message: `与 ${previous.year} 年度报告的表格格式不同，无法比较表格数字。`,
    };
  }
  const now = tableFigures(current);
  const before = tableFigures(previous);
  const nonZero = [...now.values()].filter((v) => v !== 0).length;
  if (now.size < MIN_KNOWN || nonZero < MIN_NONZERO) {
    return {
      ...base,
      status: 'uncheckable',
      expected: null,
      actual: null,
      message: `表格中已知的数字太少（${now.size} 个，其中非零 ${nonZero} 个；至少需要 ${MIN_KNOWN} 个，其中非零 ${MIN_NONZERO} 个），无法判断是否与上年相同。`,
    };
  }
  const same = [...now].filter(([k, v]) => before.get(k) === v).length;
  if (same === now.size) {
    return {
      ...base,
      status: 'fail',
      expected: null,
      actual: same,
      message: `表格的 ${same} 个已知数字与 ${previous.year} 年度报告完全相同，可能照抄了上年的表格。`,
    };
  }
  return {
    ...base,
    status: 'pass',
    expected: now.size,
    actual: same,
    message: `表格的 ${now.size} 个已知数字中有 ${same} 个与上年相同。`,
  };
}

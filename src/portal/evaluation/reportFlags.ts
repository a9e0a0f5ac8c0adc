// What the evaluators' rules say of one report, read off its catalogued checks: on time, late or
// unknown; a table repeated from last year; figures that jumped; a text copied from last year
// (similarity.previousYear, a rule of its own module, listed here by its code once it runs).
import type { Check } from '../../parser/index.ts';
import type { CatalogReport } from '../catalog.ts';
import { REPEATED_RULE } from './repeatedTables.ts';
import { TIMELINESS_RULE, daysLate } from './timeliness.ts';
import { OUTLIER_RULE } from './yearOverYear.ts';

/** The code of the rule that compares a report's text with last year's (its own module adds it to the report's checks). */
export const COPIED_RULE = 'similarity.previousYear';

export type Timeliness = { kind: 'onTime' } | { kind: 'late'; days: number } | { kind: 'unknown' };

export interface ReportFlags {
  timeliness: Timeliness;
  /** The date the report was published, as written; null when not known. */
  publishedOn: string | null;
  deadline: string | null;
  repeated: Check | null;
  outliers: Check[];
  copied: Check | null;
}

const flagsOf = new WeakMap<CatalogReport, ReportFlags>();

export function reportFlags(r: CatalogReport): ReportFlags {
  let f = flagsOf.get(r);
  if (!f) flagsOf.set(r, (f = computeFlags(r)));
  return f;
}

function computeFlags(r: CatalogReport): ReportFlags {
  const t = r.publication.find((c) => c.rule === TIMELINESS_RULE);
  const late = t ? daysLate(t) : null;
  // Wherever a rule's checks are kept (similarity.previousYear comes from another module): found by code.
  const all = [...r.data.checks, ...r.crossYear, ...r.publication];
  const failed = (rule: string) => all.filter((c) => c.rule === rule && c.status === 'fail');
  return {
    timeliness: t?.status === 'pass' ? { kind: 'onTime' } : late !== null ? { kind: 'late', days: late } : { kind: 'unknown' },
    publishedOn: typeof t?.actual === 'string' ? t.actual : null,
    deadline: typeof t?.expected === 'string' ? t.expected : null,
    repeated: failed(REPEATED_RULE)[0] ?? null,
    outliers: failed(OUTLIER_RULE),
    copied: failed(COPIED_RULE)[0] ?? null,
  };
}

/** 按时 / 逾期 N 天 / 日期未知. */
export function timelinessText(t: Timeliness): string {
  return t.kind === 'onTime' ? '按时' : t.kind === 'late' ? `逾期 ${t.days} 天` : '未知';
}

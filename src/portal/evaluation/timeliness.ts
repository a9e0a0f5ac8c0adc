// timeliness.deadline: the report's publication date (publishedOn) against the statutory deadline of
// its body's level (deadlines.ts). Late is a fail, its message says by how many days (逾期 N 天).
import type { Check } from '../../parser/index.ts';
import type { Level } from '../../schema/body.ts';
import { type DeadlineOverrides, deadlineBasis, deadlineOf } from './deadlines.ts';

export const TIMELINESS_RULE = 'timeliness.deadline';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

function validDate(text: string | null): text is string {
  return text !== null && ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

export interface TimelinessInput {
  year: number | null;
  publishedOn: string | null;
  /** The body's level from the registry; null when the body is not registered. */
  level: Level | null;
}

export function timelinessCheck({ year, publishedOn, level }: TimelinessInput, overrides: DeadlineOverrides = {}): Check {
  const base = { rule: TIMELINESS_RULE, subject: null, cells: [] as string[] };
  const date = validDate(publishedOn) ? publishedOn : null;
  if (year === null) {
    return { ...base, status: 'uncheckable', expected: null, actual: date, message: '报告年度未知，无法确定发布期限。' };
  }
  if (level === null) {
    return {
      ...base,
      status: 'uncheckable',
      expected: null,
      actual: date,
      message: '机关不在名录中，级别未知，无法确定发布期限。',
    };
  }
  const deadline = deadlineOf(level, year, overrides);
  const basis = deadlineBasis(year, deadline.overridden);
  if (date === null) {
    return {
      ...base,
      status: 'uncheckable',
      expected: deadline.date,
      actual: null,
      message: `报告未写明发布日期（或日期无法辨认），无法核对是否在 ${deadline.date} 前发布（${basis}）。`,
    };
  }
  const late = daysBetween(deadline.date, date);
  if (late > 0) {
    return {
      ...base,
      status: 'fail',
      expected: deadline.date,
      actual: date,
      message: `逾期 ${late} 天：应在 ${deadline.date} 前发布（${basis}），发布日期为 ${date}。`,
    };
  }
  return { ...base, status: 'pass', expected: deadline.date, actual: date, message: `在 ${deadline.date} 前发布（${basis}）。` };
}

/** How many days late a failed timeliness check is; null when it did not fail. */
export function daysLate(check: Check): number | null {
  if (check.rule !== TIMELINESS_RULE || check.status !== 'fail') return null;
  return typeof check.expected === 'string' && typeof check.actual === 'string' ? daysBetween(check.expected, check.actual) : null;
}

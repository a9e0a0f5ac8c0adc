// The units a report prints after a number (`960 万`, `-139 条`, `12 人次`): one list, from which the
// cell grammar's pattern, the running-text reader and the label test are all made.
import { CJK_FIRST, CJK_LAST } from './codePoints.ts';

/** In the order they are tried: a unit before any shorter one it starts with (人次, 万元 before 万). */
export const UNITS = ['人次', '万元', '条', '件', '个', '次', '项', '万', '元', '篇', '家', '%', '％'] as const;

/** The units as a regex alternation. */
export const UNIT_PATTERN = `(?:${UNITS.join('|')})`;

/** The Chinese characters of the units: the only ones a number cell may hold. */
export const UNIT_CHARACTERS: ReadonlySet<number> = new Set(
  UNITS.flatMap((u) => [...u].map((c) => c.charCodeAt(0))).filter((c) => c >= CJK_FIRST && c <= CJK_LAST),
);

// The units by their first character, each list in UNITS order.
const BY_FIRST = new Map<number, string[]>();
for (const unit of UNITS) {
  const first = unit.charCodeAt(0);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), unit]);
}

/** Length of the unit at `at` (the first in UNITS order that stands there, as the pattern matches); 0 when none. */
export function unitLengthAt(s: string, at: number): number {
  const candidates = BY_FIRST.get(s.charCodeAt(at));
  if (candidates === undefined) return 0;
  for (const unit of candidates) if (s.startsWith(unit, at)) return unit.length;
  return 0;
}

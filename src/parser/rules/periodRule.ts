// period.matchesYear: the 统计期限 is 1 January – 31 December of the report's year.
import type { Check, Period } from '../types.ts';
import { wordedCheck, wordingOf } from './check.ts';

const rule = 'period.matchesYear';
const WORDING = wordingOf('统计期限应为报告年度的1月1日至12月31日');

export function periodRule(period: Period | null, year: number | null): Check {
  const expected = year === null ? null : `${year}-01-01/${year}-12-31`;
  const actual = period === null ? null : `${period.from}/${period.to}`;
  return wordedCheck(rule, null, expected, actual, [], WORDING);
}

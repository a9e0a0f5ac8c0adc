// Turns an equation into a check: pass, fail, or uncheckable when a cell it needs is unknown.
import type { Cell, Check } from '../types.ts';

/** The fixed parts of a rule instance's messages, built once per module rather than once per check. */
export interface Wording {
  unknown: string;
  passPrefix: string;
  failPrefix: string;
}

export function wordingOf(describe: string): Wording {
  return { unknown: `${describe}：所需数据未知，无法核对。`, passPrefix: `${describe}：相符（`, failPrefix: `${describe}：应为 ` };
}

export function equationCheck(
  rule: string,
  subject: string | null,
  expected: Cell | string,
  actual: Cell | string,
  cells: string[],
  describe: string,
): Check {
  return wordedCheck(rule, subject, expected, actual, cells, wordingOf(describe));
}

/** equationCheck with its wording prepared in advance. */
export function wordedCheck(
  rule: string,
  subject: string | null,
  expected: Cell | string,
  actual: Cell | string,
  cells: string[],
  wording: Wording,
): Check {
  if (expected === null || actual === null) {
    return { rule, subject, status: 'uncheckable', expected, actual, cells, message: wording.unknown };
  }
  const pass = expected === actual;
  return {
    rule,
    subject,
    status: pass ? 'pass' : 'fail',
    expected,
    actual,
    cells,
    message: pass ? `${wording.passPrefix}${String(actual)}）。` : `${wording.failPrefix}${String(expected)}，实为 ${String(actual)}。`,
  };
}

// Turns an equation into a check: pass, fail, or uncheckable when a cell it needs is unknown.
import type { Cell, Check } from '../types.ts';

export function equationCheck(
  rule: string,
  subject: string | null,
  expected: Cell | string,
  actual: Cell | string,
  cells: string[],
  describe: string,
): Check {
  if (expected === null || actual === null) {
    return { rule, subject, status: 'uncheckable', expected, actual, cells, message: `${describe}：所需数据未知，无法核对。` };
  }
  const pass = expected === actual;
  return {
    rule,
    subject,
    status: pass ? 'pass' : 'fail',
    expected,
    actual,
    cells,
    message: pass ? `${describe}：相符（${String(actual)}）。` : `${describe}：应为 ${String(expected)}，实为 ${String(actual)}。`,
  };
}

// A rule's passed checks in few words. A passed check's message is “<about>：<statement>：相符（<figure>）。”
// (src/parser/rules/check.ts): when every check of a rule states the same thing, the statement is
// said once above the lines and each line keeps what it is about and its figure: “表三“自然人”栏：61”.
import type { Check } from '../../parser/index.ts';
import { cellText } from '../format.ts';

export interface PassedLines {
  /** What every line of the rule checks, said once; null when the lines say it themselves. */
  statement: string | null;
  lines: string[];
}

interface Parts {
  about: string | null;
  statement: string;
  figure: string;
}

function partsOf(check: Check): Parts | null {
  const suffix = `：相符（${String(check.actual)}）。`;
  if (check.status !== 'pass' || !check.message.endsWith(suffix)) return null;
  const describe = check.message.slice(0, -suffix.length);
  const cut = describe.lastIndexOf('：');
  const figure = typeof check.actual === 'number' ? cellText(check.actual) : String(check.actual);
  return cut < 0 ? { about: null, statement: describe, figure } : { about: describe.slice(0, cut), statement: describe.slice(cut + 1), figure };
}

export function passedLines(checks: Check[]): PassedLines {
  const parts = checks.map(partsOf);
  const first = parts[0];
  const shared =
    first && first.about !== null && parts.every((p) => p !== null && p.about !== null && p.statement === first.statement) ? first.statement : null;
  return {
    statement: shared,
    lines: checks.map((c, i) => {
      const p = parts[i];
      if (!p) return c.message;
      return shared !== null ? `${p.about}：${p.figure}` : `${p.about === null ? '' : `${p.about}：`}${p.statement}：${p.figure}`;
    }),
  };
}

// A rule's passed checks in few words. A passed check's message is “<about>：<statement>：相符（<figure>）。”
// (src/parser/rules/check.ts): when every check of a rule states the same thing, the statement is
// said once above the lines and each line keeps what it is about and its figure; when every line is
// about a column (or row) of the same table, that too is said once: “表三各栏：…” over “自然人：61”.
import type { Check } from '../../parser/index.ts';
import { cellText } from '../displayText.ts';

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
  return cut < 0
    ? { about: null, statement: describe, figure }
    : { about: describe.slice(0, cut), statement: describe.slice(cut + 1), figure };
}

/** “表三“（三）不予公开 1.属于国家秘密”行” → table 表三, name （三）不予公开 1.属于国家秘密, kind 行. */
const ABOUT = /^(表[二三四])“(.+)”(栏|行)?$/;

/** The table and kind every line is about, said once; each line then keeps only its name. */
function sharedTable(abouts: string[]): { prefix: string; names: string[] } | null {
  const matches = abouts.map((a) => ABOUT.exec(a));
  const first = matches[0];
  if (!first || !matches.every((m) => m !== null && m[1] === first[1] && m[3] === first[3])) return null;
  return { prefix: first[3] ? `${first[1]}各${first[3]}` : (first[1] as string), names: matches.map((m) => m?.[2] ?? '') };
}

export function passedLines(checks: Check[]): PassedLines {
  const parts = checks.map(partsOf);
  const first = parts[0];
  const shared =
    first && first.about !== null && parts.every((p) => p !== null && p.about !== null && p.statement === first.statement)
      ? first.statement
      : null;
  if (shared !== null) {
    const known = parts as Parts[];
    const table = sharedTable(known.map((p) => p.about ?? ''));
    return {
      statement: table ? `${table.prefix}：${shared}` : shared,
      lines: known.map((p, i) => `${table ? table.names[i] : p.about}：${p.figure}`),
    };
  }
  return {
    statement: null,
    lines: checks.map((c, i) => {
      const p = parts[i];
      return p ? `${p.about === null ? '' : `${p.about}：`}${p.statement}：${p.figure}` : c.message;
    }),
  };
}

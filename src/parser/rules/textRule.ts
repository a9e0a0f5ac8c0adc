// text.matchesTable: a figure the prose states equals the table's cell.
import type { Check, TableRows } from '../types.ts';
import { toHalfWidth } from '../text.ts';
import { equationCheck } from './check.ts';

interface Statement {
  subject: string;
  row: string;
  pattern: RegExp;
  describe: string;
  /** A statement that the number is zero, in words. */
  zero?: RegExp;
}

// One sentence at most: no 。；between the verb and the figure.
const STATEMENTS: Statement[] = [
  {
    subject: 'applications.received.total',
    row: 'received',
    pattern: /(?:收到|受理)了?(?:各类|有关)?政府信息公开\s*申请\s*(?:共|总计|合计)?\s*([0-9０-９]+)\s*件/,
    zero: /未(?:收到|受理)(?:有关|任何)?政府信息公开(?:的)?申请/,
    describe: '正文所述收到申请数应与表三“本年新收”总计一致',
  },
  {
    subject: 'applications.carriedOver.total',
    row: 'carriedOver',
    pattern: /上年结转(?:政府信息公开\s*申请)?\s*([0-9０-９]+)\s*件/,
    describe: '正文所述上年结转数应与表三“上年结转”总计一致',
  },
  {
    subject: 'applications.processedTotal.total',
    row: 'processedTotal',
    pattern: /办结(?:了)?(?:政府信息公开|依申请公开)(?:申请)?\s*([0-9０-９]+)\s*件/,
    describe: '正文所述办结数应与表三（七）总计一致',
  },
];

// Every pattern (the statements' and their zero forms) is searched for in one scan of the prose:
// an alternation of them all finds each position where any of them matches, and there each pattern
// not yet found is tried on its own (sticky), so each gets its own first match, exactly as exec would.
const PATTERNS: RegExp[] = STATEMENTS.flatMap((s) => (s.zero ? [s.pattern, s.zero] : [s.pattern]));
const ANY = new RegExp(PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'g');
const AT = new Map(PATTERNS.map((p) => [p, new RegExp(p.source, 'y')]));

function firstMatches(text: string): Map<RegExp, RegExpExecArray> {
  const found = new Map<RegExp, RegExpExecArray>();
  ANY.lastIndex = 0;
  for (let any = ANY.exec(text); any !== null; any = ANY.exec(text)) {
    for (const p of PATTERNS) {
      if (found.has(p)) continue;
      const at = AT.get(p) as RegExp;
      at.lastIndex = any.index;
      const m = at.exec(text);
      if (m) found.set(p, m);
    }
    if (found.size === PATTERNS.length) break;
    ANY.lastIndex = any.index + 1;
  }
  return found;
}

export function textRule(prose: string, rows: TableRows): Check[] {
  // The patterns accept full-width digits themselves: converting the whole prose would cost more.
  const found = firstMatches(prose);
  const checks: Check[] = [];
  for (const s of STATEMENTS) {
    const m = found.get(s.pattern);
    const z = s.zero ? found.get(s.zero) : undefined;
    let figure: number | null = null;
    if (m && (!z || m.index < z.index)) figure = Number(toHalfWidth(m[1] ?? ''));
    else if (z) figure = 0;
    if (figure === null) continue;
    const cell = rows[s.row]?.total ?? null;
    checks.push(equationCheck('text.matchesTable', s.subject, cell, figure, [`applications.${s.row}.total`], s.describe));
  }
  return checks;
}

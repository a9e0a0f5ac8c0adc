// Nesting of the legacy 统计表's rows from their numbering: 一、 → 1, （一） → 2, 1. → 3; a 其中 row
// sits one below the row it belongs to, and the rows after it stay in its list until a row of
// the parent's rank (or, under an unnumbered parent, any unnumbered row) closes it.
import { isAsciiDigit } from '../text.ts';

type Rank = 'cn' | 'paren' | 'digit' | 'none';

const CN_NUMERALS = new Set(Array.from('一二三四五六七八九十', (c) => c.charCodeAt(0)));

/** Where a run of characters starting at `from` ends (`from` itself when there is none). */
function runEnd(t: string, from: number, inRun: (code: number) => boolean): number {
  let i = from;
  while (i < t.length && inRun(t.charCodeAt(i))) i++;
  return i;
}
const isCnNumeral = (code: number): boolean => CN_NUMERALS.has(code);

/**
 * The rank of an indicator's numbering, from its compact form: 一、 一. → cn, (一) → paren, 1. 1、 → digit,
 * after an optional 其中 and colon. Scanned by hand: it runs for every row.
 */
function rankOf(compacted: string): Rank {
  const t = compacted;
  let i = 0;
  if (t.startsWith('其中')) i = t[2] === ':' || t[2] === '：' ? 3 : 2;
  const first = t[i];
  if (first === '(') {
    const end = runEnd(t, i + 1, isCnNumeral);
    return end > i + 1 && t[end] === ')' ? 'paren' : 'none';
  }
  const cn = runEnd(t, i, isCnNumeral);
  if (cn > i) return t[cn] === '、' || t[cn] === '.' ? 'cn' : 'none';
  const digits = runEnd(t, i, isAsciiDigit);
  if (digits > i) return t[digits] === '.' || t[digits] === '、' ? 'digit' : 'none';
  return 'none';
}

const ORDER: Record<Rank, number> = { cn: 1, paren: 2, digit: 3, none: 4 };

/** Levels of the rows, from their indicators in `compact()` form. */
export function legacyLevels(compacted: string[]): number[] {
  const levels: number[] = [];
  // The previous row's level and the rank its followers compare with.
  let lastLevel = 0;
  let lastRank: Rank = 'none';
  let cnLevel = 0;
  let parenLevel = 0;
  let list: { level: number; parentRank: Rank; parentLevel: number; rank: Rank } | null = null;
  for (const indicator of compacted) {
    const isPart = indicator.startsWith('其中');
    const rank = rankOf(indicator);
    let level: number;
    if (isPart) {
      level = lastLevel + 1;
      list = { level, parentRank: lastRank, parentLevel: lastLevel, rank };
    } else if (list && (rank === list.rank || (rank === 'none' && list.parentRank !== 'none'))) {
      level = list.level;
    } else {
      if (list && rank === 'none' && list.parentRank === 'none') level = list.parentLevel;
      else if (rank === 'cn') level = 1;
      else if (rank === 'paren') level = cnLevel + 1;
      else if (rank === 'digit') level = (parenLevel || cnLevel) + 1;
      else level = lastLevel > 0 && lastRank !== 'none' ? lastLevel + 1 : Math.max(1, lastLevel);
      list = null;
      if (ORDER[rank] < ORDER.none) {
        if (rank === 'cn') {
          cnLevel = level;
          parenLevel = 0;
        } else if (rank === 'paren') parenLevel = level;
      }
    }
    levels.push(level);
    // A 其中 row is followed as its parent is, unless the parent is unnumbered.
    lastLevel = level;
    lastRank = isPart && list?.parentRank === 'none' ? 'none' : rank;
  }
  return levels;
}

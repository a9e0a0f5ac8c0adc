// Nesting of the legacy 统计表's rows from their numbering: 一、 → 1, （一） → 2, 1. → 3; a 其中 row
// sits one below the row it belongs to, and the rows after it stay in its list until a row of
// the parent's rank (or, under an unnumbered parent, any unnumbered row) closes it.
import { compact } from '../text.ts';

type Rank = 'cn' | 'paren' | 'digit' | 'none';

function rankOf(indicator: string): Rank {
  const t = compact(indicator).replace(/^其中[:：]?/, '');
  if (/^[一二三四五六七八九十]+[、.]/.test(t)) return 'cn';
  if (/^\([一二三四五六七八九十]+\)/.test(t)) return 'paren';
  if (/^\d+[.、]/.test(t)) return 'digit';
  return 'none';
}

const ORDER: Record<Rank, number> = { cn: 1, paren: 2, digit: 3, none: 4 };

export function legacyLevels(indicators: string[]): number[] {
  const levels: number[] = [];
  let last: { level: number; rank: Rank } = { level: 0, rank: 'none' };
  let cnLevel = 0;
  let parenLevel = 0;
  let list: { level: number; parentRank: Rank; parentLevel: number; rank: Rank } | null = null;
  for (const indicator of indicators) {
    const isPart = /^其中/.test(compact(indicator));
    const rank = rankOf(indicator);
    let level: number;
    if (isPart) {
      level = last.level + 1;
      list = { level, parentRank: last.rank, parentLevel: last.level, rank };
    } else if (list && (rank === list.rank || (rank === 'none' && list.parentRank !== 'none'))) {
      level = list.level;
    } else {
      if (list && rank === 'none' && list.parentRank === 'none') level = list.parentLevel;
      else if (rank === 'cn') level = 1;
      else if (rank === 'paren') level = cnLevel + 1;
      else if (rank === 'digit') level = (parenLevel || cnLevel) + 1;
      else level = last.level > 0 && last.rank !== 'none' ? last.level + 1 : Math.max(1, last.level);
      list = null;
      if (ORDER[rank] < ORDER.none) {
        if (rank === 'cn') {
          cnLevel = level;
          parenLevel = 0;
        } else if (rank === 'paren') parenLevel = level;
      }
    }
    levels.push(level);
    last = { level, rank: isPart ? list?.rank ?? 'none' : rank };
    if (isPart && list) last = { level, rank: list.parentRank === 'none' ? 'none' : rank };
  }
  return levels;
}

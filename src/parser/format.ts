// Which generation of the State Council's format a report follows, from its own tables first.
import type { ReportFormat } from './types.ts';
import { isSpace } from './text.ts';

// Only the header words matter, and they may be spaced out: each is looked for as it reads with
// white space dropped and （）〔〕 as ()[] (the text itself is never rebuilt in that form).
const WORDS_2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '逾期不补正', '缴纳费用'];
const WORDS_2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '第(九)项', '政府集中采购'];
const NOTICE_2021 = '国办公开办函[2021]30号';

export function detectFormat(clean: string, year: number | null, hasModernTables: boolean, hasLegacyTable: boolean): ReportFormat {
  if (WORDS_2021.some((w) => occursSpacedOut(clean, w))) return '2021';
  if (WORDS_2019.some((w) => occursSpacedOut(clean, w))) return '2019';
  if (hasModernTables && year !== null) return year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'unknown';
  if (hasLegacyTable || (year !== null && year <= 2018)) return 'legacy';
  if (year !== null && year >= 2021 && occursSpacedOut(clean, NOTICE_2021)) return '2021';
  return 'unknown';
}

const HALF_BRACKET: Record<number, number> = { 0xff08: 0x28, 0xff09: 0x29, 0x3014: 0x5b, 0x3015: 0x5d }; // （）〔〕

/**
 * Whether `word` occurs in `text` with white space allowed between its characters and full-width
 * brackets read as half-width. The word's first character is taken literally (none starts with a bracket).
 */
function occursSpacedOut(text: string, word: string): boolean {
  const head = word[0] as string;
  for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
    let i = at + 1;
    let k = 1;
    for (; k < word.length; k++, i++) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i === text.length) return false;
      const c = text.charCodeAt(i);
      if ((HALF_BRACKET[c] ?? c) !== word.charCodeAt(k)) break;
    }
    if (k === word.length) return true;
  }
  return false;
}

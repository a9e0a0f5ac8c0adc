// Where each official table stands in the text: from an anchor (its header) to the next table or
// heading. Readers later shrink a region to the last line they actually used.
import type { TableName } from './types.ts';
import type { Heading } from './sections.ts';
import type { SourceText } from './sourceText.ts';
import { findLegacyHeader } from './tables/legacyStatisticsTable.ts';
import { indexOfBy } from './text.ts';

export interface Region {
  table: TableName;
  start: number;
  end: number;
}

const PROACTIVE_ANCHOR = /第?\s*二\s*十\s*条\s*第\s*[（(]\s*一\s*[）)]\s*项/;
const TWENTIETH_ARTICLE = /二\s*十\s*条/y;
const PROACTIVE_HEADER = /信息内容\s*本年(?:制发件数|新制作数量)/y;
const REVIEW_HEADER = /维\s*持[\s\S]{0,30}?纠\s*正/y;

function search(re: RegExp, text: string, from: number): number {
  const m = re.exec(text.slice(from));
  return m ? from + m.index : -1;
}

/**
 * The first match at or after `from` of a sticky regex whose matches all start with `head`: tried only
 * where `head` stands (found by indexOfBy its character at k), rather than scanned for position by position.
 */
function searchAt(head: string, sticky: RegExp, text: string, from: number, k = 0): number {
  for (let at = indexOfBy(text, head, k, from); at !== -1; at = indexOfBy(text, head, k, at + 1)) {
    sticky.lastIndex = at;
    if (sticky.test(text)) return at;
  }
  return -1;
}

/** The first of several words at or after `from`. */
function firstOf(words: string[], text: string, from: number): number {
  let first = -1;
  for (const w of words) {
    const at = text.indexOf(w, from);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/**
 * A table's header often starts mid-line (a grid's first cell, a line-wrapped header): take the whole
 * line, when its start is within 200 characters (else the text's start within 200, else pos itself).
 */
function lineStartOf(src: SourceText, pos: number): number {
  if (pos <= 0) return pos;
  // The line's start from the line index, not by reading back to its break.
  const start = src.lineStart(src.lineAt(pos));
  if (start > 0 && pos - start <= 200) return start;
  return pos <= 200 ? 0 : pos;
}

/** The regions of `clean`, the text of src with its noise blanked (its lines where src's are). */
export function findTableRegions(src: SourceText, clean: string, headings: Heading[]): Region[] {
  const regions = findRawRegions(clean, headings);
  return regions.map((r) => ({ ...r, start: lineStartOf(src, r.start) }));
}

function findRawRegions(clean: string, headings: Heading[]): Region[] {
  const regions: Region[] = [];
  const nextHeadingAfter = (pos: number, keys?: (string | null)[]): number => {
    const h = headings.find((x) => x.start > pos && (!keys || keys.includes(x.key)));
    return h ? h.start : clean.length;
  };

  // A literal search first: the anchor's optional spaces make a bare regex scan slow on long texts.
  const twenty = searchAt('二', TWENTIETH_ARTICLE, clean, 0);
  let proactive = twenty < 0 ? -1 : search(PROACTIVE_ANCHOR, clean, Math.max(0, twenty - 4));
  // 内 and 新 are found faster than 信 and 本 (see indexOfBy).
  if (proactive < 0) proactive = searchAt('信息内容', PROACTIVE_HEADER, clean, 0, 2);
  let applications = firstOf(['申请人情况', '勾稽关系'], clean, Math.max(0, proactive));
  if (applications < 0) applications = indexOfBy(clean, '本年新收', 2, Math.max(0, proactive));
  // The header note starts a few characters before its anchor word: （本列数据的勾稽关系为…）
  const note = applications > 0 ? /[（(]本列数据的\s*$/.exec(clean.slice(Math.max(0, applications - 12), applications)) : null;
  if (note) applications -= note[0].length;

  const reviewFrom = Math.max(applications, proactive, 0);
  const reviewHeading = headings.find(
    (h) => h.key === 'reviewLitigation' && h.start >= reviewFrom && (applications >= 0 || proactive >= 0),
  );
  const reviewHeader = applications >= 0 || proactive >= 0 ? searchAt('维', REVIEW_HEADER, clean, reviewFrom) : -1;
  let review = -1;
  if (reviewHeading && (reviewHeader < 0 || reviewHeading.start <= reviewHeader)) review = reviewHeading.start;
  else if (reviewHeader >= 0) review = reviewHeader;

  if (proactive >= 0) {
    const end = applications >= 0 ? applications : nextHeadingAfter(proactive);
    regions.push({ table: 'proactive', start: proactive, end });
  }
  if (applications >= 0) {
    const end = review >= 0 ? review : nextHeadingAfter(applications, ['reviewLitigation', 'problems', 'other']);
    regions.push({ table: 'applications', start: applications, end });
  }
  if (review >= 0) {
    const end = nextHeadingAfter(reviewHeading && review === reviewHeading.start ? reviewHeading.end : review);
    regions.push({ table: 'reviewLitigation', start: reviewHeading && review === reviewHeading.start ? reviewHeading.end : review, end });
  }
  const legacy = findLegacyHeader(clean);
  if (legacy && (proactive < 0 || legacy.index < proactive || legacy.index > reviewFrom)) {
    regions.push({ table: 'legacyStatistics', start: legacy.index, end: nextHeadingAfter(legacy.end) });
  }
  return regions;
}

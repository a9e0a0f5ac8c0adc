// Running headers and footers: a page number (`- 3 -`, `第 3 页`, `3/12`) in the page's top or bottom
// margin, and a line that stands in the same margin on most pages (its digits aside), are no part of
// the report's text.
import type { Block, PageLayout } from './layout.ts';

/** The share of the page's height at its top and at its bottom that is margin. */
const MARGIN = 0.12;

const PAGE_NUMBER = [
  /^[-—–－]\s*\d{1,4}\s*[-—–－]$/,
  /^第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^\d{1,4}$/,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];

const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((p) => p.test(text.trim()));
const shape = (text: string): string => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** How many blocks at the top and at the bottom of a page may be a header or footer. */
const OUTERMOST = 2;

/** The page's outermost line blocks that stand in its top or bottom margin. */
function marginLines(page: PageLayout): Block[] {
  const low = page.bottom + MARGIN * page.height;
  const high = page.bottom + (1 - MARGIN) * page.height;
  const outer = new Set([...page.blocks.slice(0, OUTERMOST), ...page.blocks.slice(-OUTERMOST)]);
  return [...outer].filter((b) => b.kind === 'line' && (b.top >= high || b.baseline <= low));
}

/** The pages without their running headers, footers and page numbers. */
export function withoutFurniture(pages: PageLayout[]): PageLayout[] {
  const margins = pages.map(marginLines);
  const pagesWith = new Map<string, number>();
  for (const blocks of margins)
    for (const s of new Set(blocks.map((b) => (b.kind === 'line' ? shape(b.text) : '')))) pagesWith.set(s, (pagesWith.get(s) ?? 0) + 1);
  const running = (s: string) => pages.length >= 2 && (pagesWith.get(s) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((page, i) => {
    const drop = new Set(margins[i]?.filter((b) => b.kind === 'line' && (isPageNumber(b.text) || running(shape(b.text)))));
    return { ...page, blocks: page.blocks.filter((b) => !drop.has(b)) };
  });
}

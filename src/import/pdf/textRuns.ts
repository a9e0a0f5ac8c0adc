// The text runs of a page, from pdf.js's text content: each item's box in page space. Items of
// white space only are left out (pdf.js adds them for gaps); the gaps are measured from the boxes.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Run } from './layout.ts';

// pdf.js gives no descent per item: a CJK or Latin glyph box reaches about this far below the baseline.
const DESCENT = 0.15;

export async function textRuns(page: PDFPageProxy): Promise<Run[]> {
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height;
    if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f)) continue;
    const x = e as number;
    const y = f as number;
    if (item.dir === 'ttb') {
      // Vertical text runs down from its first glyph's top.
      runs.push({ text: item.str, x0: x, x1: x + size, y0: y - item.height, y1: y, baseline: y, size, vertical: true });
    } else {
      const width = item.width > 0 ? item.width : size * item.str.length;
      runs.push({
        text: item.str,
        x0: x,
        x1: x + width,
        y0: y - DESCENT * size,
        y1: y + (1 - DESCENT) * size,
        baseline: y,
        size,
        vertical: false,
      });
    }
  }
  return runs;
}

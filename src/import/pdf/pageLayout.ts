// One page's blocks: its ruled tables, and its other runs as lines of text, top to bottom.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Block, PageLayout, Run, Segment } from './layout.ts';
import { pageDrawing } from './pageDrawing.ts';
import { findGrids, inGrid, tableOf } from './tableGrid.ts';
import { groupLines, lineText } from './textLines.ts';
import { textRuns } from './textRuns.ts';

export async function pageLayout(page: PDFPageProxy): Promise<PageLayout> {
  const [runs, drawing] = await Promise.all([textRuns(page), pageDrawing(page)]);
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const area = Math.abs((x1 - x0) * (y1 - y0));
  return {
    bottom: y0,
    height: y1 - y0,
    imageShare: area > 0 ? drawing.imageArea / area : 0,
    blocks: layoutBlocks(runs, drawing.segments),
  };
}

/** The blocks runs and ruled lines make, top to bottom. */
export function layoutBlocks(runs: Run[], segments: Segment[]): Block[] {
  const blocks: Block[] = [];
  let rest = runs;
  for (const grid of findGrids(segments)) {
    const inside = rest.filter((r) => inGrid(grid, r));
    if (inside.length === 0) continue;
    rest = rest.filter((r) => !inGrid(grid, r));
    blocks.push(tableOf(grid, inside));
  }
  for (const line of groupLines(rest)) {
    const text = lineText(line, true);
    if (text !== '') blocks.push({ kind: 'line', text, x0: line.x0, x1: line.x1, top: line.top, baseline: line.baseline, size: line.size });
  }
  return blocks.sort((a, b) => b.top - a.top);
}

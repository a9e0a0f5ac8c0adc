// The page as the PDF lays it out: text runs and ruled lines in page space (points, y upwards),
// and the blocks (lines of text, tables) rebuilt from them.

/** A piece of text pdf.js gives as one item: its box and the size of its font. */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Bottom and top of the glyphs' box. */
  y0: number;
  y1: number;
  /** The baseline of horizontal text; the top of a column of vertical text. */
  baseline: number;
  size: number;
  vertical: boolean;
}

/** A ruled line: horizontal at y = `at` from x = `from` to `to`, or vertical at x = `at` from y = `from` to `to`. */
export interface Segment {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** One line of running text. */
export interface LineBlock {
  kind: 'line';
  text: string;
  x0: number;
  x1: number;
  top: number;
  baseline: number;
  size: number;
}

/** One row of a table: the text of each cell that starts in it, left to right. */
export interface TableRow {
  cells: string[];
  /** The grid column each cell starts at. */
  columns: number[];
}

/** A ruled table: its rows and the x of its column boundaries. */
export interface TableBlock {
  kind: 'table';
  top: number;
  bottom: number;
  columnEdges: number[];
  rows: TableRow[];
}

export type Block = LineBlock | TableBlock;

/** What one page gives: its blocks top to bottom, where its bottom edge is and its height, and how much of it images cover. */
export interface PageLayout {
  bottom: number;
  height: number;
  /** The images' area over the page's (1 for a page that is one scanned image). */
  imageShare: number;
  blocks: Block[];
}

export const centreX = (r: Run): number => (r.x0 + r.x1) / 2;
export const centreY = (r: Run): number => (r.y0 + r.y1) / 2;

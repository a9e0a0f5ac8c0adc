// The pages' blocks as one text: a paragraph's wrapped lines joined into one line, a table's rows as
// tab-separated lines, and a table that goes on over a page break read as one table, its split row
// (the part above the break and the part below) joined.
import type { LineBlock, PageLayout, TableBlock, TableRow } from './layout.ts';
import { joinWrapped } from './textLines.ts';

/** How far (points) column boundaries of a table's parts on two pages may differ. */
const SAME_EDGE = 3;
/** A line ending within this many characters of the right margin is full: its paragraph goes on. */
const FULL_LINE = 1;
/** A wrapped line is at least this many characters wide. */
const WRAPPED_WIDTH = 10;
/** How many lines must reach the right margin before any line is read as wrapped. */
const WRAPPED_LINES = 3;
/** Lines further apart than this many line heights are two paragraphs. */
const PARAGRAPH_GAP = 2.2;

// What starts a heading or a numbered item, which never continues the line before it.
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十\d]+[章节条])/;
const NUMBER_CELL = /^[-+]?\d[\d,]*(?:\.\d+)?\s*\S{0,2}$/;

const isNumber = (cell: string): boolean => NUMBER_CELL.test(cell.trim());

/** The margins of the running text: the most common right edge of body-size lines, and the least left edge of the lines that reach it. */
function margins(lines: LineBlock[]): { left: number; right: number } {
  const mode = (values: number[]) => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  };
  const size = mode(lines.map((l) => l.size));
  const body = lines.filter((l) => Math.round(l.size) === size && !l.text.includes('\t'));
  const right = mode(body.map((l) => l.x1));
  const full = body.filter((l) => l.x1 >= right - FULL_LINE * l.size && l.x1 - l.x0 >= WRAPPED_WIDTH * l.size);
  // Too few lines reach one right edge to tell a margin from chance: then no line is taken as wrapped.
  if (full.length < WRAPPED_LINES) return { left: 0, right: Infinity };
  return { left: Math.min(...full.map((l) => l.x0)), right };
}

function continuesParagraph(before: LineBlock, after: LineBlock, samePage: boolean, m: { left: number; right: number }): boolean {
  if (before.text.includes('\t') || after.text.includes('\t')) return false;
  if (Math.abs(before.size - after.size) > 0.5) return false;
  if (before.x1 < m.right - FULL_LINE * before.size || before.x1 - before.x0 < WRAPPED_WIDTH * before.size) return false;
  if (after.x0 > m.left + 0.5 * after.size) return false;
  if (samePage && before.baseline - after.baseline > PARAGRAPH_GAP * before.size) return false;
  return !NUMBERED.test(after.text);
}

function sameColumns(a: TableBlock, b: TableBlock): boolean {
  return (
    a.columnEdges.length === b.columnEdges.length && a.columnEdges.every((x, i) => Math.abs(x - (b.columnEdges[i] as number)) <= SAME_EDGE)
  );
}

/** Whether `below`, the first row after a page break, is the rest of `above`, the last row before it. */
function isSplitRow(above: TableRow, below: TableRow): boolean {
  if (above.columns.join() !== below.columns.join()) return false;
  const firstText = below.cells.find((c) => c !== '');
  if (firstText === undefined || isNumber(firstText) || NUMBERED.test(firstText)) return false;
  let fills = false;
  for (let i = 0; i < above.cells.length; i++) {
    const [a, b] = [above.cells[i] as string, below.cells[i] as string];
    if (a !== '' && b !== '' && (isNumber(a) || isNumber(b))) return false;
    if (a === '' && b !== '') fills = true;
  }
  return fills || (!below.cells.some(isNumber) && above.cells.some(isNumber));
}

/** A table's header: its rows before the first with a figure. */
function headerRows(table: TableBlock): TableRow[] {
  const first = table.rows.findIndex((r) => r.cells.some(isNumber));
  return first === -1 ? [] : table.rows.slice(0, first);
}

const sameCells = (a: TableRow, b: TableRow): boolean => a.columns.join() === b.columns.join() && a.cells.join('\t') === b.cells.join('\t');

/** A row as a line: its cells between tabs, without the empty cells before its label (a merged cell's rest). */
function rowLine(row: TableRow): string {
  const first = row.cells.findIndex((c) => c !== '');
  const cells = first > 0 && !isNumber(row.cells[first] as string) ? row.cells.slice(first) : row.cells;
  return cells.join('\t');
}

export function textFlow(pages: PageLayout[]): string {
  const m = margins(pages.flatMap((p) => p.blocks.filter((b): b is LineBlock => b.kind === 'line')));
  const out: string[] = [];
  let paragraph: LineBlock | null = null;
  let openRow: TableRow | null = null;
  let openTable: TableBlock | null = null;
  let head: TableRow[] = [];
  const flushParagraph = () => {
    paragraph = null;
  };
  const flushRow = () => {
    if (openRow) out.push(rowLine(openRow));
    openRow = null;
  };
  pages.forEach((page, p) => {
    page.blocks.forEach((block, i) => {
      const afterBreak = p > 0 && i === 0;
      if (block.kind === 'line') {
        flushRow();
        openTable = null;
        if (paragraph && continuesParagraph(paragraph, block, !afterBreak, m))
          out[out.length - 1] = joinWrapped([out[out.length - 1] as string, block.text]);
        else out.push(block.text);
        paragraph = block;
        return;
      }
      flushParagraph();
      const rows = [...block.rows];
      const continued = afterBreak && openTable !== null && sameColumns(openTable, block);
      if (!continued) head = headerRows(block);
      // A header the word processor repeats on each page is written once.
      else for (const h of head) if (rows[0] && sameCells(rows[0], h)) rows.shift();
      if (continued && openRow && rows[0] && isSplitRow(openRow, rows[0])) {
        const below = rows.shift() as TableRow;
        const above: TableRow = openRow;
        openRow = { columns: above.columns, cells: above.cells.map((c, k) => joinWrapped([c, below.cells[k] as string])) };
      }
      for (const row of rows) {
        flushRow();
        openRow = row;
      }
      openTable = block;
    });
  });
  flushRow();
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

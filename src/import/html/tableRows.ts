// An HTML table as rows of cells, each row one tab-separated line, with rowspan and colspan resolved
// onto a grid. A cell spanning several rows or columns is written in its first position only: the
// positions below it (rowspan) stay blank, keeping the columns of the rows below in place; the
// positions beside it (colspan) are not written at all, so that a label spanning three columns is
// followed directly by the row's figures. A spanned figure is never repeated: that would invent one.
import type { Element } from 'hast';
import { attr, isElement } from './hastText.ts';

/** Spans past these are damaged markup, not tables: they are cut so that no grid grows without end. */
const MAX_COLUMNS = 64;
const MAX_ROW_SPAN = 500;

/** The rows of a table, not of the tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') walk(child);
    }
  };
  walk(table);
  return rows;
}

const span = (el: Element, name: string, max: number) => {
  const n = Number.parseInt(attr(el, name), 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
};

/** The table's rows: the cell texts of each, blank below a rowspan, nothing beside a colspan. */
export function tableGrid(table: Element, cellText: (cell: Element) => string): string[][] {
  const rows = rowsOf(table);
  // null marks a position a colspan covers: no cell in the line.
  const grid: (string | null | undefined)[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let col = 0;
    for (const cell of tr.children) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      const row = grid[r] as (string | null | undefined)[];
      while (row[col] !== undefined) col++;
      if (col >= MAX_COLUMNS) break;
      const text = cellText(cell);
      const rowSpan = Math.min(span(cell, 'rowSpan', MAX_ROW_SPAN), rows.length - r);
      const colSpan = Math.min(span(cell, 'colSpan', MAX_COLUMNS), MAX_COLUMNS - col);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++)
          (grid[r + dr] as (string | null | undefined)[])[col + dc] = dc > 0 ? null : dr === 0 ? text : '';
      }
      col += colSpan;
    }
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? '').filter((_, i) => row[i] !== null));
}

/** The grid as lines: cells joined by tabs, rows with no text left out. */
export function tableLines(grid: string[][]): string[] {
  return grid.filter((row) => row.some((cell) => cell.trim() !== '')).map((row) => row.join('\t'));
}

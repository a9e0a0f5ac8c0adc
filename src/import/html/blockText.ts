// An article element → the lines of its text: one line per paragraph, heading or list item, a <br>
// ends a line, and each table row is one line of tab-separated cells. Chrome inside the article
// (share buttons, print links) is left out.
import type { Element, Nodes } from 'hast';
import { isChrome } from './chrome.ts';
import { tableGrid, tableLines } from './tableRows.ts';

const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
  'caption',
  'tr',
]);

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Two runs of a cell's text joined: nothing between Chinese characters, a space between other words. */
const joinRuns = (a: string, b: string) =>
  a === '' ? b : b === '' ? a : CJK.test(a.at(-1) ?? '') || CJK.test(b[0] ?? '') ? a + b : `${a} ${b}`;

class Lines {
  readonly lines: string[] = [];
  private current = '';
  text(s: string) {
    this.current += s.replace(/[\t\n\r\f\u00a0 ]+/g, ' ');
  }
  end() {
    const line = this.current.trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }
}

function render(node: Nodes, out: Lines, byName: boolean): void {
  if (node.type === 'text') return out.text(node.value);
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (isChrome(node, byName)) return;
    if (node.tagName === 'br') return out.end();
    if (node.tagName === 'table') {
      out.end();
      for (const line of tableLines(tableGrid(node, (cell) => cellText(cell, byName)))) out.lines.push(line);
      return;
    }
  }
  const block = node.type === 'element' && BLOCKS.has(node.tagName);
  if (block) out.end();
  for (const child of node.children) render(child, out, byName);
  if (block) out.end();
}

/** A cell's text on one line: its paragraphs and lines joined, tabs never inside. */
export function cellText(cell: Element, byName = true): string {
  const out = new Lines();
  for (const child of cell.children) render(child, out, byName);
  out.end();
  return out.lines.map((l) => l.replaceAll('\t', ' ')).reduce(joinRuns, '');
}

/** `byName` false: leaves out only chrome known by tag, role or style (see isChrome). */
export function blockLines(el: Element, byName = true): string[] {
  const out = new Lines();
  render(el, out, byName);
  out.end();
  return out.lines;
}

// The element that holds a page's article: the one whose paragraphs and tables carry the most text
// that is not link text (each paragraph counts fully for its parent, half for its grandparent), with
// the site's chrome left out. A page with no such text has no article.
import type { Element, Root } from 'hast';
import { isChrome } from './chrome.ts';
import { plainText } from './hastText.ts';

const TEXT_BLOCKS = new Set(['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'table', 'blockquote', 'dd']);

/** Characters that are not whitespace, outside links. */
export function ownTextLength(el: Element, byName = true): number {
  let n = 0;
  for (const child of el.children) {
    if (child.type === 'text') n += child.value.replace(/[\s\u00a0\u3000]/g, '').length;
    else if (child.type === 'element' && child.tagName !== 'a' && !isChrome(child, byName)) n += ownTextLength(child, byName);
  }
  return n;
}

/** A div holding text directly, not only in paragraphs: a block too (some CMSs write no <p>). */
function holdsText(el: Element): boolean {
  return el.tagName === 'div' && el.children.some((c) => c.type === 'text' && c.value.trim().length >= 10);
}

/** `byName` false: chrome known only by tag, role or style (see isChrome). */
export function articleBody(root: Root, byName = true): Element | null {
  const scores = new Map<Element, number>();
  const add = (el: Element | undefined, points: number) => {
    if (el !== undefined) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  const visit = (el: Element, parents: Element[]) => {
    if (isChrome(el, byName)) return;
    if (TEXT_BLOCKS.has(el.tagName) || holdsText(el)) {
      const length = ownTextLength(el, byName);
      if (length >= 2) {
        add(parents.at(-1), length);
        add(parents.at(-2), length / 2);
      }
      // A table counts as one block: its cells' paragraphs are not scored again.
      if (el.tagName === 'table') return;
    }
    for (const child of el.children) if (child.type === 'element') visit(child, [...parents, el]);
  };
  for (const child of root.children) if (child.type === 'element') visit(child, []);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best !== null && plainText(best).trim() !== '' ? best : null;
}

// Small reading helpers over hast (the HTML syntax tree rehype-parse gives).
import type { Element, Nodes, Root } from 'hast';

export const isElement = (node: Nodes | undefined): node is Element => node?.type === 'element';

/** An attribute as a string: class lists joined by a space. */
export function attr(el: Element, name: string): string {
  const value = el.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null || value === false ? '' : String(value);
}

/** Every element below a node (the node itself too), in document order. */
export function* elements(node: Root | Element): Generator<Element> {
  if (node.type === 'element') yield node;
  for (const child of node.children) if (child.type === 'element') yield* elements(child);
}

/** The text of a node, every run of whitespace one space. */
export function plainText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(plainText).join('');
  return '';
}

export const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

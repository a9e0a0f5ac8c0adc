// A small element builder for the compare page's script: attributes and text only (no HTML strings,
// no inline handlers or styles), so report text can never become markup.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A table in a focusable, labelled region (a named <section>) that scrolls sideways when narrow. */
export function tableRegion(caption: string, table: HTMLTableElement): HTMLElement {
  table.prepend(el('caption', {}, caption));
  return el('section', { class: 'table-scroll', 'aria-label': caption, tabindex: '0' }, table);
}

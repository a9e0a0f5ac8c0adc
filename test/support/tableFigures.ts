// Reading a figure of an official table the way a screen reader does: by the header cells its
// `headers` attribute names (every figure keeps them), not by an id (only linked figures have one).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Figure {
  /** As shown, spaces removed: `6`, `未知`. */
  text: string;
  /** Its id; null when nothing links to it. */
  id: string | null;
}

/**
 * The one figure of the table whose caption contains `table` and whose headers include
 * every one of `headers` (each compared whole, spaces ignored): e.g. `'表三', ['（一）予以公开', '自然人']`.
 */
export async function figure(page: Page, table: string, headers: string[]): Promise<Figure> {
  const found = await page.evaluate(
    ({ table, headers }) => {
      const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
      const tables = [...document.querySelectorAll('table')].filter((t) => squash(t.caption?.textContent).includes(squash(table)));
      const figures: { text: string; id: string | null }[] = [];
      for (const t of tables) {
        for (const td of t.querySelectorAll('td[headers]')) {
          const names = (td.getAttribute('headers') ?? '')
            .split(/\s+/)
            .map((id) => squash(t.querySelector(`th[id="${CSS.escape(id)}"]`)?.textContent));
          if (headers.every((h) => names.includes(squash(h))))
            figures.push({ text: squash((td as HTMLElement).innerText), id: td.getAttribute('id') });
        }
      }
      return { tables: tables.length, figures };
    },
    { table, headers },
  );
  const where = `${table} ${headers.join(' / ')}`;
  expect(found.tables, `the page has a table captioned ${table}`).toBeGreaterThan(0);
  expect(found.figures, `the page has exactly one figure under ${where}`).toHaveLength(1);
  return found.figures[0] ?? { text: '', id: null };
}

/** The text of the one figure under those headers (see `figure`). */
export async function figureText(page: Page, table: string, headers: string[]): Promise<string> {
  return (await figure(page, table, headers)).text;
}

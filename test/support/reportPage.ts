// Reading a report page in the browser tests: table cells by id, the checks panel's entries for a
// rule, and whether a chart has really been drawn.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The entries of the page's checks panel for one rule, as text. A panel is a section, aside,
 * details, div or article whose id mentions “check”, or a section / details / aside whose heading
 * (h2, h3, summary) mentions 核对.
 * An entry is the innermost li, tr, section, article, details or [data-rule] in a panel that names
 * the rule (by its Chinese name or data-rule): one line per check, or a group of the rule's checks
 * under a heading with its name. Table 3's own note repeats the rule's wording, so only the panel
 * is searched.
 */
export async function checkEntries(page: Page, rule: { rule: string; name: string }): Promise<{ panels: number; entries: string[] }> {
  return page.evaluate(({ rule, name }) => {
    const root = document.querySelector('main') ?? document.body;
    const headingOf = (el: Element) =>
      el.querySelector(':scope > h2, :scope > h3, :scope > summary, :scope > header h2, :scope > header h3, :scope > hgroup h2')
        ?.textContent ?? '';
    const panels = new Set<Element>();
    for (const el of root.querySelectorAll('section[id], aside[id], details[id], div[id], article[id]'))
      if (/check/i.test(el.id)) panels.add(el);
    for (const el of root.querySelectorAll('section, details, aside')) if (/核对/.test(headingOf(el))) panels.add(el);
    const ENTRY = 'li, tr, section, article, details, [data-rule]';
    const names = (el: Element) => el.getAttribute('data-rule') === rule || (el.textContent ?? '').includes(name);
    const entries = new Set<Element>();
    for (const panel of panels) {
      for (const el of panel.querySelectorAll(ENTRY)) {
        if (!names(el)) continue;
        const inner = [...el.querySelectorAll(ENTRY)].some((d) => names(d));
        if (!inner) entries.add(el);
      }
    }
    return { panels: panels.size, entries: [...entries].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()) };
  }, rule);
}

export async function cellText(page: Page, id: string): Promise<string> {
  const cell = page.locator(`#${id}`);
  await expect(cell.count(), `the page has a cell #${id}`).resolves.toBe(1);
  return (await cell.innerText()).replace(/\s+/g, '').trim();
}

/**
 * Waits until the n-th `.chart` holds a <canvas> with something painted on it (more than a few
 * non-transparent pixels), bounded by `timeoutMs`.
 */
export async function waitForDrawnChart(page: Page, index: number, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    (i) => {
      const canvas = document.querySelectorAll('.chart')[i]?.querySelector('canvas');
      if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
      const ctx = canvas.getContext('2d');
      if (!ctx) return false;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let p = 3; p < data.length; p += 4) if (data[p]! > 0 && ++painted > 50) return true;
      return false;
    },
    index,
    { timeout: timeoutMs },
  );
}

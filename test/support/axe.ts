// axe-core in the test browser: the library's own build (node_modules/axe-core/axe.min.js) is run in
// the page through the DevTools protocol — not as an inline <script>, which the pages' Content-Security-
// Policy rightly refuses — and asked for the WCAG 2.0, 2.1 and 2.2 A and AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** axe's violations on the page as it is now, one line each: rule, impact, help and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (tags) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{
              violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
            }>;
          };
        }
      ).axe;
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return violations.map(
        (v) =>
          `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes.length} element(s): ${v.nodes
            .slice(0, 5)
            .map((n) => `${JSON.stringify(n.target)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`)
            .join(' | ')}`,
      );
    },
    [...WCAG_TAGS],
  );
}

/** Scrolls to the end of the page and back in steps, so that every lazily drawn chart is drawn. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight * 0.8);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    window.scrollTo(0, 0);
  });
}

// Lighthouse, in Debian's Chromium, on the home page, the largest report page and a search with results of the
// domain-root build: accessibility, best practices and SEO 100, performance at least 95 (the best of
// up to four runs when the first falls short: other tests run beside it and can only slow it down).
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, site } from '../support/site.ts';
import { CATEGORIES, THRESHOLDS, type PageScores, formatScores, measure, pagesToMeasure } from '../../scripts/tools/lighthouse.ts';

/** Three pages, up to four runs each when performance needs it, about 8 s a run. */
const BUDGET_MS = 300_000;

describeInBrowser('Lighthouse scores', () => {
  let results: PageScores[] = [];
  let error: unknown = null;

  beforeAll(async () => {
    const s = site('root');
    try {
      results = await measure(pagesToMeasure(s.url, s.dir));
      process.stderr.write(`[lighthouse]\n${formatScores(results)}\n`);
    } catch (e) {
      error = e;
    }
  }, BUDGET_MS);

  for (const [index, name] of ['home page', 'report page', 'search with results'].entries()) {
    it(`reaches the thresholds on the ${name}`, () => {
      if (error) throw error;
      const r = results[index];
      expect(r, name).toBeDefined();
      for (const c of CATEGORIES)
        expect(r!.scores[c], `${c} on ${r!.url}\n${r!.shortfalls.join('\n')}`).toBeGreaterThanOrEqual(THRESHOLDS[c]);
    });
  }
});

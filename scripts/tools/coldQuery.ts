// What a first-time visitor downloads for a search: open the search page in a fresh browser
// (empty cache) with a query in the address, wait for the results, and add up every response body.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';

export interface QueryCost {
  query: string;
  /** All bytes of the visit: page, styles, scripts, index. */
  totalBytes: number;
  /** Bytes under /pagefind/: the search library and index. */
  searchBytes: number;
  requests: number;
  results: number;
}

export async function coldQueryCost(
  siteUrl: string,
  queries: string[],
  executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium',
): Promise<QueryCost[]> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const costs: QueryCost[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const sizes: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        sizes.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize })));
      });
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
      // A query no report holds reads every shard of a large index: give it time on a busy machine.
      await page.waitForFunction(
        () => {
          const status = document.getElementById('search-status')?.textContent ?? '';
          return status !== '' && !status.includes('正在搜索');
        },
        null,
        { timeout: 120_000 },
      );
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(sizes);
      costs.push({
        query,
        totalBytes: all.reduce((n, s) => n + s.bytes, 0),
        searchBytes: all.filter((s) => new URL(s.url).pathname.includes('/pagefind/')).reduce((n, s) => n + s.bytes, 0),
        requests: all.length,
        results: await page.locator('#search-results > li').count(),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return costs;
}

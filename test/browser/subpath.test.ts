// A portal served below the domain root (BASE_PATH=/nianbao/): starting from its home page, every
// page and file it links to opens and stays under /nianbao/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { fetchPage, linksInCss, linksInHtml, type FoundLink } from '../support/links.ts';
import { describeInBrowser, site } from '../support/site.ts';

/** A crawl that reaches more than this is stopped (and fails: the bound is far above the bundled site). */
const MAX_URLS = 500;

describeInBrowser('the portal under /nianbao/', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  it('opens its home page at /nianbao/ with nothing loaded from outside /nianbao/', async () => {
    const s = site('sub');
    const w = await openPage(browser, s.url);
    try {
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
      const outside = w.requests.filter((r) => !r.url.startsWith(s.url) && !/^(data|blob):/.test(r.url));
      expect(outside).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it("answers 404 with the site's not-found page outside /nianbao/", async () => {
    const s = site('sub');
    const notFoundPage = readFileSync(join(s.dir, '404.html'), 'utf8');
    for (const url of [`${s.origin}/`, `${s.origin}/about/`, `${s.url}no-such-page/`]) {
      const r = await fetchPage(url);
      expect(r.status, url).toBe(404);
      expect(r.body, url).toBe(notFoundPage);
    }
  });

  it('leads, link by link from the home page, only to pages and files that open (HTTP 200) under /nianbao/', async () => {
    const s = site('sub');
    const w = await openPage(browser, null);
    const parser: Page = w.page;
    try {
      const seen = new Map<string, string>(); // url → where it was first found
      const queue: string[] = [s.url];
      seen.set(s.url, '(start)');
      const problems: string[] = [];
      let pages = 0;
      let files = 0;
      while (queue.length > 0) {
        const url = queue.shift()!;
        const from = seen.get(url);
        const u = new URL(url);
        if (!u.pathname.startsWith(s.basePath)) {
          problems.push(`${url} (from ${from}): outside ${s.basePath}`);
          continue;
        }
        const r = await fetchPage(url);
        if (r.status !== 200) {
          problems.push(`${url} (from ${from}): HTTP ${r.status}${r.location ? ` → ${r.location}` : ''}`);
          continue;
        }
        let found: FoundLink[] = [];
        if (r.contentType.startsWith('text/html') && r.body !== null) {
          pages++;
          found = await linksInHtml(parser, r.body, url);
        } else {
          files++;
          if (r.contentType.startsWith('text/css') && r.body !== null) found = linksInCss(r.body, url);
        }
        for (const link of found) {
          if (link.url.startsWith('invalid:')) {
            problems.push(`${url}: ${link.via} ${link.url}`);
            continue;
          }
          if (new URL(link.url).origin !== s.origin) continue; // same origin only (e.g. the canonical SITE_URL)
          const target = link.url.replace(/#.*$/, '');
          if (seen.has(target)) continue;
          seen.set(target, `${url} ${link.via}`);
          if (seen.size > MAX_URLS) break;
          queue.push(target);
        }
        if (seen.size > MAX_URLS) {
          problems.push(`stopped after ${MAX_URLS} addresses: raise MAX_URLS if the site really is this large`);
          break;
        }
      }
      expect(problems).toEqual([]);
      // The crawl really went somewhere: several pages and at least the stylesheet and scripts.
      expect(pages).toBeGreaterThan(5);
      expect(files).toBeGreaterThan(1);
    } finally {
      await w.close();
    }
  });
});

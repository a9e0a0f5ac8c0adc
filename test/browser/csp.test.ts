// Content-Security-Policy: every kind of page carries a strict policy (no inline script, no eval but
// WebAssembly's for Pagefind, no plugin, no <base> elsewhere, nothing from another host), is served
// with it as a header too (public/_headers, applied by the test server as Netlify or Cloudflare Pages
// do), and does all it does — searching, drawing charts, comparing — without one violation, at the
// domain root and under /nianbao/.
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { metaPolicy, parsePolicy, recordViolations, violations } from '../support/csp.ts';
import { PAGE_TYPES } from '../support/pageTypes.ts';
import { describeInBrowser, pageUrl, site, type SiteName } from '../support/site.ts';

describeInBrowser('the Content-Security-Policy', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  /** What a policy (meta or header) must say, whatever else it says. */
  const expectStrict = (policy: Map<string, string[]>, where: string) => {
    expect(policy.get('default-src'), where).toEqual(["'self'"]);
    expect(policy.get('object-src'), where).toEqual(["'none'"]);
    expect(policy.get('base-uri'), where).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts, where).toContain("'self'");
    expect(scripts, where).toContain("'wasm-unsafe-eval'");
    for (const [name, sources] of policy) {
      expect(sources, `${where}: ${name}`).not.toContain("'unsafe-inline'");
      expect(sources, `${where}: ${name}`).not.toContain("'unsafe-eval'");
      // Keywords, hashes and 'self' only: no host, scheme or wildcard.
      for (const s of sources) expect(s, `${where}: ${name}`).toMatch(/^'(self|none|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/);
    }
  };

  for (const name of ['root', 'sub'] as SiteName[]) {
    for (const type of PAGE_TYPES) {
      it(`holds on the ${type.name} page (${name === 'root' ? 'domain root' : '/nianbao/'}) with no violation`, async () => {
        const s = site(name);
        const w = await openPage(browser, null);
        try {
          await recordViolations(w.context);
          const response = await w.page.goto(pageUrl(s, type.path));
          expect(response?.status()).toBe(type.status);
          await type.ready(w.page);
          const header = response?.headers()['content-security-policy'] ?? '';
          const headerPolicy = parsePolicy(header);
          expectStrict(headerPolicy, 'header');
          expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
          expectStrict(await metaPolicy(w.page), '<meta>');
          expect(await violations(w.page)).toEqual([]);
          // The not-found page is answered 404, which Chromium logs as a failed load of the page itself.
          const ownStatus = `Failed to load resource: the server responded with a status of ${type.status}`;
          expect(w.consoleErrors.filter((e) => !(type.status === 404 && e.includes(ownStatus)))).toEqual([]);
        } finally {
          await w.close();
        }
      });
    }
  }

  it('lets a reader search, open a result and see its charts without a violation', async () => {
    const w = await openPage(browser, null);
    try {
      await recordViolations(w.context);
      await w.page.goto(pageUrl(site('sub'), 'search/'));
      await w.page.locator('#q').fill('行政复议');
      await w.page.locator('#q').press('Enter');
      const first = w.page.locator('#search-results > li h2 a').first();
      await first.waitFor();
      await w.page.locator('input[name="year"]').first().check();
      await w.page.waitForFunction(() => new URL(location.href).searchParams.has('year'));
      await w.page.locator('#search-results > li h2 a').first().click();
      await w.page.waitForURL(/\/nianbao\/reports\//);
      await PAGE_TYPES.find((t) => t.name.startsWith('report (2019'))!
        .ready(w.page)
        .catch(() => undefined);
      await w.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await w.page.waitForFunction(() => document.querySelectorAll('figure.chart canvas[data-drawn="1"]').length > 0);
      expect(await violations(w.page)).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('lets a reader build a comparison, change its chart and download it without a violation', async () => {
    const w = await openPage(browser, null);
    try {
      await recordViolations(w.context);
      await w.page.goto(pageUrl(site('root'), 'compare/'));
      await w.page.locator('#compare-form button[data-year="2021"]').click();
      await w.page.locator('#compare-results canvas[data-drawn="1"]').waitFor({ state: 'attached' });
      await w.page.locator('#compare-measure').selectOption({ index: 1 });
      await w.page.locator('#compare-results canvas[data-drawn="1"]').waitFor({ state: 'attached' });
      const download = w.page.waitForEvent('download');
      await w.page.locator('#compare-download').click();
      expect((await download).suggestedFilename()).toBe('nianbao-compare.csv');
      expect(await violations(w.page)).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('blocks, and reports, a script that text on the page tries to run', async () => {
    const w = await openPage(browser, null);
    try {
      await recordViolations(w.context);
      await w.page.goto(site('root').url);
      const ran = await w.page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.body.append(script);
        const img = document.createElement('div');
        img.innerHTML = '<img src="x" onerror="window.__ran = true">';
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 200));
        return (window as unknown as { __ran?: boolean }).__ran === true;
      });
      expect(ran).toBe(false);
      const seen = await violations(w.page);
      expect(seen.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
      expect(seen.some((v) => v.startsWith('script-src-attr blocked inline'))).toBe(true);
    } finally {
      await w.close();
    }
  });
});

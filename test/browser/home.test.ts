// The home page, as a visitor meets it: in Chinese, usable by keyboard, with search, what the portal
// holds, and links that all lead somewhere — from the domain root and from a sub-path.
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser, type WatchedPage } from '../support/browser.ts';
import { bodyCount, bundledReports, yearCount, type BundledReport } from '../support/content.ts';
import { fetchPage } from '../support/links.ts';
import { describeInBrowser, site, type SiteName } from '../support/site.ts';

describeInBrowser('the home page', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());
  let parsed: BundledReport[] | null = null;
  const bundled = (): BundledReport[] => (parsed ??= bundledReports());

  async function home(name: SiteName = 'root'): Promise<WatchedPage> {
    return openPage(browser, site(name).url);
  }

  it('opens in Chinese (lang="zh-CN") with a title and one main heading, and nothing goes wrong', async () => {
    const w = await home();
    try {
      expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect((await w.page.title()).length).toBeGreaterThan(0);
      await expect(w.page.locator('main h1').count()).resolves.toBe(1);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('lets a keyboard user press Tab to reach the skip link and Enter to jump to the main content', async () => {
    const w = await home();
    try {
      const { page } = w;
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement | null;
        const box = el?.getBoundingClientRect();
        return {
          tag: el?.tagName ?? null,
          href: el?.getAttribute('href') ?? null,
          text: el?.textContent?.trim() ?? '',
          visible: !!box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
        };
      });
      expect(focused.tag).toBe('A');
      expect(focused.href).toBe('#main');
      expect(focused.text).toContain('正文');
      expect(focused.visible, 'the skip link is visible once focused').toBe(true);

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 5_000 });
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      expect(new URL(page.url()).hash).toBe('#main');
    } finally {
      await w.close();
    }
  });

  it('shows a search form in the header that asks for a query and sends it to the search page', async () => {
    const w = await home();
    try {
      const form = w.page.locator('header form[role="search"]');
      await expect(form.count()).resolves.toBe(1);
      const action = await form.getAttribute('action');
      expect(new URL(action ?? '', w.page.url()).pathname).toBe('/search/');
      expect((await form.getAttribute('method'))?.toLowerCase() ?? 'get').toBe('get');
      const input = form.locator('input[name="q"]');
      await expect(input.isVisible()).resolves.toBe(true);
      // The field has a name a screen reader can say.
      const labelled = await input.evaluate((el: HTMLInputElement) => (el.labels?.length ?? 0) > 0 || !!el.getAttribute('aria-label'));
      expect(labelled).toBe(true);
    } finally {
      await w.close();
    }
  });

  it('tells how many reports, bodies and years the portal holds, matching the bundled report files', async () => {
    const reports = bundled();
    const w = await home();
    try {
      const text = (await w.page.locator('main').innerText()).replace(/\s+/g, '');
      const count = (word: string) => Number(new RegExp(`(\\d[\\d,]*)${word}`).exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
      expect(reports.length).toBeGreaterThan(0);
      expect(count('份报告')).toBe(reports.length);
      expect(count('个机关')).toBe(bodyCount(reports));
      expect(count('个年度')).toBe(yearCount(reports));
    } finally {
      await w.close();
    }
  });

  it('links to report pages, the newest report among them', async () => {
    const reports = bundled();
    const w = await home();
    try {
      const paths = await w.page.$$eval('main a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const linked = [...new Set(paths.filter((p) => p.startsWith('/reports/')))];
      const known = new Set(reports.map((r) => `/reports/${r.id}/`));
      expect(linked.length).toBeGreaterThan(0);
      for (const p of linked) expect(known, `${p} is a bundled report`).toContain(p);
      const newestYear = Math.max(...reports.map((r) => r.year ?? 0));
      const newest = reports.filter((r) => r.year === newestYear).map((r) => `/reports/${r.id}/`);
      expect(
        linked.some((p) => newest.includes(p)),
        `one of ${newest.join(', ')} is linked`,
      ).toBe(true);
    } finally {
      await w.close();
    }
  });

  for (const name of ['root', 'sub'] as const) {
    it(`has only links that open (HTTP 200, no redirect) and stay on the site, in the ${name === 'root' ? 'domain-root' : 'BASE_PATH=/nianbao/'} build`, async () => {
      const s = site(name);
      const w = await openPage(browser, s.url);
      try {
        const found = await w.page.evaluate(() => {
          const out: { url: string; via: string }[] = [];
          for (const a of document.querySelectorAll('a[href]')) out.push({ url: (a as HTMLAnchorElement).href, via: 'a' });
          for (const l of document.querySelectorAll('link[href]')) {
            const rel = (l.getAttribute('rel') ?? '').toLowerCase();
            // The canonical address is the public one (SITE_URL), checked below, not served here.
            if (rel !== 'canonical' && rel !== 'alternate') out.push({ url: (l as HTMLLinkElement).href, via: `link[rel=${rel}]` });
          }
          for (const e of document.querySelectorAll('script[src], img[src], source[src], iframe[src]'))
            out.push({ url: (e as HTMLImageElement).src, via: e.tagName.toLowerCase() });
          return out;
        });
        expect(found.filter((f) => f.via === 'a').length).toBeGreaterThan(5);
        const urls = [...new Set(found.map((f) => f.url.replace(/#.*$/, '')))];
        const problems: string[] = [];
        for (const url of urls) {
          const u = new URL(url);
          if (u.origin !== s.origin) {
            problems.push(`${url}: leaves the site`);
            continue;
          }
          if (!u.pathname.startsWith(s.basePath)) problems.push(`${url}: outside ${s.basePath}`);
          const r = await fetchPage(url);
          if (r.status !== 200) problems.push(`${url}: HTTP ${r.status}${r.location ? ` → ${r.location}` : ''}`);
        }
        expect(problems).toEqual([]);

        const canonical = await w.page.getAttribute('link[rel="canonical"]', 'href');
        expect(canonical && new URL(canonical).pathname).toBe(s.basePath);
        expect(w.failedRequests).toEqual([]);
      } finally {
        await w.close();
      }
    });
  }
});

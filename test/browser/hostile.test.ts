// Hostile report text: a report full of script tags, event handlers, javascript: links, raw HTML,
// Markdown images and links, plus one 10 MB line, is added to a copy of content/reports and built into
// a site of its own. The build must finish, and in the browser the text must be inert — shown as the
// characters it is, never as markup — whether or not the browser enforces the Content-Security-Policy
// (an old browser may not): no dialog, no payload runs, no <img>/<script>/<iframe> of its making, no
// javascript: link; the report page and the search still work.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sharedBrowser } from '../support/browser.ts';
import { REPO } from '../support/buildSite.ts';
import { type SiteWithReport, buildSiteWithReport } from '../support/siteWithReport.ts';
import { describeInBrowser } from '../support/site.ts';
import { HOSTILE_ID, hostileReportText } from '../fixtures/hostile/hostileReport.ts';

/** What the page itself holds, apart from the report's text. */
async function markupFound(page: Page) {
  return page.evaluate(() => {
    const own = (s: string | null) => s !== null && new URL(s, location.href).origin === location.origin;
    return {
      images: document.querySelectorAll('img, picture, image, svg, video, audio, source').length,
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      // The page's own scripts are files of the site; any other script came from the text.
      foreignScripts: [...document.querySelectorAll('script')].filter((s) => !own(s.getAttribute('src'))).length,
      styleElements: document.querySelectorAll('body style').length,
      bases: document.querySelectorAll('base').length,
      refreshes: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
      forms: [...document.querySelectorAll('form')].filter((f) => !own(f.getAttribute('action'))).length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
      ),
      scriptLinks: [...document.querySelectorAll('[href], [src], [action], [formaction], [data]')]
        .map(
          (el) =>
            el.getAttribute('href') ??
            el.getAttribute('src') ??
            el.getAttribute('action') ??
            el.getAttribute('formaction') ??
            el.getAttribute('data') ??
            '',
        )
        .filter((v) => /^\s*(javascript|vbscript|data):/i.test(v.replace(/[\u0000-\u001f]/g, ''))),
      pwned: (window as unknown as { __pwned?: string[] }).__pwned ?? null,
    };
  });
}

const NOTHING = {
  images: 0,
  frames: 0,
  foreignScripts: 0,
  styleElements: 0,
  bases: 0,
  refreshes: 0,
  forms: 0,
  handlers: [],
  scriptLinks: [],
  pwned: null,
};

describeInBrowser('a report with hostile text', () => {
  const browser = sharedBrowser();
  let site: SiteWithReport | undefined;

  beforeAll(async () => {
    site = await buildSiteWithReport('hostile', HOSTILE_ID, hostileReportText(REPO));
    process.stderr.write(`[hostile text] built the site with the 10 MB report in ${(site.buildMs / 1000).toFixed(1)} s\n`);
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    await site?.close();
  });

  const url = (path: string) => site?.url(path) ?? path;

  /** A page whose dialogs are recorded (and dismissed); `enforceCsp: false` plays a browser without CSP. */
  async function open(path: string, enforceCsp: boolean) {
    const context = await (await browser.get()).newContext({ bypassCSP: !enforceCsp, locale: 'zh-CN', serviceWorkers: 'block' });
    context.setDefaultTimeout(30_000);
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    // The stack's first frame names the script, should an error ever show up here (a SyntaxError
    // "Unexpected end of input" was seen once in CI and never again in reruns).
    page.on('pageerror', (e) => errors.push(`${e.message}${e.stack ? ` — ${e.stack.split('\n').slice(1, 2).join('').trim()}` : ''}`));
    const response = await page.goto(url(path), { waitUntil: 'load', timeout: 30_000 });
    expect(response?.status()).toBe(200);
    return { page, dialogs, errors, outside, close: () => context.close() };
  }

  it('builds, 10 MB line and all, within the time a build may take', () => {
    expect(site).toBeDefined();
    expect(site?.buildMs).toBeLessThan(120_000);
  });

  for (const enforceCsp of [true, false]) {
    it(`shows the report page with every payload as inert text (${enforceCsp ? 'CSP enforced' : 'CSP not enforced, as in an old browser'})`, async () => {
      const w = await open(`reports/${HOSTILE_ID}/`, enforceCsp);
      try {
        const { page } = w;
        // Hover, click and scroll over the text, which is where handlers would fire.
        for (const [x, y] of [
          [200, 300],
          [600, 500],
          [300, 700],
        ] as const)
          await page.mouse.move(x, y);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await page.waitForTimeout(300);
        expect(await markupFound(page)).toEqual(NOTHING);
        expect(w.dialogs).toEqual([]);
        expect(w.outside).toEqual([]);
        expect(w.errors).toEqual([]);

        const text = await page.locator('main').innerText();
        // The page works: its heading, its tables, its text — the payloads shown as the characters they are.
        expect(await page.locator('h1').innerText()).toContain('吴忠市利通区人民政府');
        expect(await page.locator('main table').count()).toBeGreaterThan(2);
        expect(text).toContain(`<script>window.__pwned = (window.__pwned || []).concat('script'); alert('script')</script>`);
        expect(text).toContain(`<img src="x" onerror="window.__pwned = ['img-onerror']; alert('img')">`);
        expect(text).toContain('<iframe src="javascript:parent.__pwned = [\'iframe\']"></iframe>');
        expect(text).toContain('原始 HTML 链接');
        expect(text).toContain('Markdown 链接');
        expect(text).toContain('Markdown 图片');
        expect(text).toContain('本机关依法公开政府信息，<b onmouseover="x">接受社会监督</b>&amp;【长行】');
        // The 10 MB line: its beginning, and the way to all of it (laying out millions of characters in one
        // paragraph would hang the browser for minutes).
        expect(text).toMatch(/此段原文共 [\d,]+ 字，过长，本页只显示前 20,000 字；全文见原文文件。/);
        expect(await page.locator('main a', { hasText: '原文文件' }).last().getAttribute('href')).toBe(`/sources/${HOSTILE_ID}.txt`);
        expect(text.length).toBeLessThan(200_000);
        // javascript: links are not links: their words are there, in no <a>.
        for (const words of ['Markdown 链接', '大写协议链接', '原始 HTML 链接', '引用链接']) {
          expect(await page.locator('main a', { hasText: words }).count(), words).toBe(0);
        }
      } finally {
        await w.close();
      }
    });
  }

  it('lists the report on the home, body, year and quality pages with its title as text', async () => {
    for (const path of ['', 'agencies/litong/', 'years/2023/', 'quality/', 'data/']) {
      const w = await open(path, false);
      try {
        expect(await markupFound(w.page), path).toEqual(NOTHING);
        expect(w.dialogs, path).toEqual([]);
        expect(await w.page.locator(`a[href*="${HOSTILE_ID}"]`).count(), path).toBeGreaterThan(0);
      } finally {
        await w.close();
      }
    }
  });

  it('finds the report by its words in the search, with results as text', async () => {
    const w = await open('search/?q=%E6%8E%A5%E5%8F%97%E7%A4%BE%E4%BC%9A%E7%9B%91%E7%9D%A3', false);
    try {
      const { page } = w;
      const link = page.locator(`#search-results > li h2 a[href*="${HOSTILE_ID}"]`);
      await link.waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      expect(await markupFound(page)).toEqual(NOTHING);
      expect(w.dialogs).toEqual([]);
      expect(w.errors).toEqual([]);
      await link.click();
      await page.waitForURL(new RegExp(`/reports/${HOSTILE_ID}/`));
      expect(await markupFound(page)).toEqual(NOTHING);
    } finally {
      await w.close();
    }
  });

  it('serves the original file as plain text that the browser may not sniff into HTML', async () => {
    const response = await fetch(url(`sources/${HOSTILE_ID}.txt`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<script>');
  });
});

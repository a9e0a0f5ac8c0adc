// Reflow (WCAG 2.2, 1.4.10): at 320, 390, 768 and 1280 CSS pixels no page of any kind scrolls sideways
// as a whole; what is wider than the screen (a table) scrolls inside its own labelled, focusable region
// with a visible cue. And the header: a compact bar no taller than 120 px on a phone (320-390 px), one
// row from 1024 px on.
import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { PAGE_TYPES, visit } from '../support/pageTypes.ts';
import { describeInBrowser, pageUrl, site } from '../support/site.ts';

const WIDTHS = [320, 390, 768, 1280];
const PHONE_HEADER_MAX_PX = 120;

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  header: number;
  /** The header's visible parts that do not share one row with the site's name. */
  offRow: string[];
  /** Elements scrolling sideways inside the page without a labelled, focusable region or a cue. */
  badScrollers: string[];
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const header = document.querySelector('header.site-header')!;
    const name = header.querySelector('.site-name')!.getBoundingClientRect();
    const parts = ['.nav', '#pref-toggle', '.header-search', '.site-menu > summary'];
    const offRow = parts.filter((sel) => {
      const el = header.querySelector<HTMLElement>(sel);
      if (!el || !el.checkVisibility()) return false;
      const box = el.getBoundingClientRect();
      return box.top >= name.bottom || box.bottom <= name.top;
    });
    const badScrollers: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const overflowX = getComputedStyle(el).overflowX;
      if ((overflowX !== 'auto' && overflowX !== 'scroll') || el.scrollWidth <= el.clientWidth + 1) continue;
      const region = el.getAttribute('role') === 'region' || el.tagName === 'SECTION';
      const named = (el.getAttribute('aria-label') ?? '').trim() !== '' || el.hasAttribute('aria-labelledby');
      const cue = getComputedStyle(el).backgroundImage.includes('gradient');
      if (!region || !named || el.getAttribute('tabindex') !== '0' || !cue) {
        badScrollers.push(
          `${el.tagName.toLowerCase()}.${el.className} region=${region} named=${named} tabindex=${el.getAttribute('tabindex')} cue=${cue}`,
        );
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      header: header.getBoundingClientRect().height,
      offRow,
      badScrollers,
    };
  });
}

describeInBrowser('reflow: no sideways scrolling, a compact header', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  for (const type of PAGE_TYPES) {
    it(`shows the ${type.name} page at ${WIDTHS.join(', ')} px without sideways scrolling`, async () => {
      const w = await openPage(browser, null, { viewport: { width: WIDTHS[0]!, height: 800 } });
      try {
        for (const width of WIDTHS) {
          await w.page.setViewportSize({ width, height: 800 });
          await visit(w.page, pageUrl(site('root'), type.path), type);
          const m = await measure(w.page);
          expect(m.scrollWidth, `page ${m.scrollWidth}px wide in a ${width}px window`).toBeLessThanOrEqual(m.innerWidth);
          expect(m.badScrollers, `at ${width}px`).toEqual([]);
          if (width <= 390) expect(m.header, `header at ${width}px`).toBeLessThanOrEqual(PHONE_HEADER_MAX_PX);
          if (width >= 1024) expect(m.offRow, `header parts off the first row at ${width}px`).toEqual([]);
        }
      } finally {
        await w.close();
      }
    });
  }

  // 大字高对比 sets the text at 125 %: the header may grow (its title wraps), the page must not widen.
  for (const type of PAGE_TYPES.filter((t) => ['home', 'report (2019/2021 format, with charts)', 'search with results'].includes(t.name))) {
    it(`shows the ${type.name} page at 320 px in 大字高对比 without sideways scrolling, search button in view`, async () => {
      const w = await openPage(browser, null, { viewport: { width: 320, height: 800 } });
      try {
        await w.context.addInitScript(() => localStorage.setItem('nianbao-large-text', '1'));
        await visit(w.page, pageUrl(site('root'), type.path), type);
        const m = await measure(w.page);
        expect(m.scrollWidth, `page ${m.scrollWidth}px wide`).toBeLessThanOrEqual(m.innerWidth);
        const button = await w.page.locator('header .header-search button').boundingBox();
        expect(button && button.x + button.width).toBeLessThanOrEqual(320);
      } finally {
        await w.close();
      }
    });
  }

  for (const width of [1024, 1280, 1920]) {
    it(`keeps the header on one row at ${width} px, links and 大字高对比 button shown`, async () => {
      const w = await openPage(browser, site('root').url, { viewport: { width, height: 800 } });
      try {
        const m = await measure(w.page);
        expect(m.offRow).toEqual([]);
        expect(await w.page.locator('header .nav a').first().isVisible()).toBe(true);
        expect(await w.page.locator('#pref-toggle').isVisible()).toBe(true);
        expect(await w.page.locator('.site-menu > summary').isVisible()).toBe(false);
      } finally {
        await w.close();
      }
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`opens the phone menu from the keyboard${javaScriptEnabled ? '' : ' without JavaScript'}, the links inside`, async () => {
      const w = await openPage(browser, site('root').url, { viewport: { width: 320, height: 700 }, javaScriptEnabled });
      try {
        const { page } = w;
        const links = page.locator('header .nav a');
        expect(await links.first().isVisible()).toBe(false);
        expect(await page.locator('#header-q').isVisible()).toBe(true);
        await page.locator('.site-menu > summary').focus();
        await page.keyboard.press('Enter');
        await links.first().waitFor({ state: 'visible' });
        expect(await links.count()).toBe(7);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('按年度');
        expect(await page.locator('#pref-toggle').isVisible()).toBe(javaScriptEnabled);
        const m = await measure(page);
        expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
      } finally {
        await w.close();
      }
    });
  }
});

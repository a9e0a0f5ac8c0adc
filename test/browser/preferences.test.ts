// 适老化: the 大字高对比 (large text, high contrast) reading mode, switched by a button in the header
// and remembered by the browser.
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { describeInBrowser, site } from '../support/site.ts';

const largeText = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.hasAttribute('data-large-text'));

describeInBrowser('the 大字高对比 reading mode', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  it('shows the 大字高对比 button in the header when JavaScript runs, switched off at first', async () => {
    const w = await openPage(browser, site('root').url);
    try {
      const button = w.page.locator('header button#pref-toggle');
      await expect(button.isVisible()).resolves.toBe(true);
      expect((await button.innerText()).trim()).toBe('大字高对比');
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await largeText(w.page)).toBe(false);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('switches large text on and off when the visitor presses the button', async () => {
    const w = await openPage(browser, site('root').url);
    try {
      const button = w.page.locator('button#pref-toggle');
      const before = await w.page.evaluate(() => getComputedStyle(document.body).fontSize);
      await button.click();
      expect(await largeText(w.page)).toBe(true);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      const after = await w.page.evaluate(() => getComputedStyle(document.body).fontSize);
      expect(parseFloat(after), `text is larger (${before} → ${after})`).toBeGreaterThan(parseFloat(before));
      await button.click();
      expect(await largeText(w.page)).toBe(false);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
    } finally {
      await w.close();
    }
  });

  it('keeps the choice after a reload and on the next page, until switched off again', async () => {
    const s = site('sub');
    const w = await openPage(browser, s.url);
    try {
      const { page } = w;
      await page.locator('button#pref-toggle').click();
      expect(await largeText(page)).toBe(true);

      await page.reload();
      expect(await largeText(page)).toBe(true);
      expect(await page.locator('button#pref-toggle').getAttribute('aria-pressed')).toBe('true');

      await page.goto(new URL('about/', s.url).href);
      expect(await largeText(page)).toBe(true);

      await page.locator('button#pref-toggle').click();
      await page.reload();
      expect(await largeText(page)).toBe(false);
      expect(await page.locator('button#pref-toggle').getAttribute('aria-pressed')).toBe('false');
    } finally {
      await w.close();
    }
  });

  it('hides the button when JavaScript is off, since it could not work', async () => {
    const w = await openPage(browser, site('root').url, { javaScriptEnabled: false });
    try {
      await expect(w.page.locator('button#pref-toggle').count()).resolves.toBe(1);
      await expect(w.page.locator('button#pref-toggle').isVisible()).resolves.toBe(false);
      expect(await largeText(w.page)).toBe(false);
    } finally {
      await w.close();
    }
  });
});

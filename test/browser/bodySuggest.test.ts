// Finding a body from the header box: typing a name, pinyin or initials suggests bodies in a
// listbox (WAI-ARIA combobox), the keyboard or the mouse picks one and the reader lands on its page;
// Enter without a choice still searches the reports. At the domain root and under /nianbao/.
import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { describeInBrowser, site } from '../support/site.ts';

describeInBrowser('finding a body from the header box', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  const box = (page: Page) => page.locator('#header-q');
  const options = (page: Page) => page.locator('#header-suggest [role="option"]');
  const typeInBox = async (page: Page, text: string) => {
    await box(page).focus();
    await page.keyboard.type(text);
    await options(page).first().waitFor();
  };

  it('suggests 泾源县人民政府 for jy, and the keyboard takes the reader to its page', async () => {
    const w = await openPage(browser, site('root').url);
    try {
      const { page } = w;
      await typeInBox(page, 'jy');
      const input = box(page);
      expect(await input.getAttribute('role')).toBe('combobox');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      expect(await input.getAttribute('aria-controls')).toBe('header-suggest');
      expect(await page.locator('#header-suggest').getAttribute('role')).toBe('listbox');
      expect(await options(page).allInnerTexts()).toEqual(['泾源县人民政府\n机关 · 县级 · 固原市 泾源县']);
      expect(await input.getAttribute('aria-activedescendant')).toBeNull();
      await page.keyboard.press('ArrowDown');
      expect(await input.getAttribute('aria-activedescendant')).toBe('header-suggest-0');
      expect(await options(page).first().getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/agencies\/jingyuan\/$/);
      expect(await page.locator('h1').innerText()).toBe('泾源县人民政府');
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('suggests by a Chinese name: 利通 → 吴忠市利通区人民政府; ArrowUp wraps to the last suggestion', async () => {
    const w = await openPage(browser, site('root').url);
    try {
      const { page } = w;
      await typeInBox(page, '吴忠');
      expect(await options(page).count()).toBe(3);
      await page.keyboard.press('ArrowUp');
      expect(await box(page).getAttribute('aria-activedescendant')).toBe('header-suggest-2');
      await page.keyboard.press('ArrowDown');
      expect(await box(page).getAttribute('aria-activedescendant')).toBe('header-suggest-0');
      await box(page).fill('');
      await typeInBox(page, '利通');
      await page.waitForFunction(() => document.querySelectorAll('#header-suggest [role="option"]').length === 1);
      expect(await options(page).first().innerText()).toContain('吴忠市利通区人民政府');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/agencies\/litong\/$/);
      expect(await page.locator('h1').innerText()).toBe('吴忠市利通区人民政府');
    } finally {
      await w.close();
    }
  });

  it('leaves keys to an input method, closes with Escape and keeps the text; Enter with no choice searches the reports', async () => {
    const w = await openPage(browser, site('root').url);
    try {
      const { page } = w;
      await typeInBox(page, '利通区');
      // Arrow keys while an input method composes belong to its candidates, not to the list.
      await box(page).evaluate((el) =>
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', isComposing: true, bubbles: true })),
      );
      expect(await box(page).getAttribute('aria-activedescendant')).toBeNull();
      await page.keyboard.press('Escape');
      expect(await box(page).getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#header-suggest').isHidden()).toBe(true);
      expect(await box(page).inputValue()).toBe('利通区');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=利通区');
      await page.locator('#search-results > li').first().waitFor();
    } finally {
      await w.close();
    }
  });

  it('goes to the body page clicked in the list, under /nianbao/ too', async () => {
    const w = await openPage(browser, site('sub').url);
    try {
      const { page } = w;
      await typeInBox(page, 'lq');
      await options(page).filter({ hasText: '柳泉乡' }).click();
      await page.waitForURL((url) => url.pathname === '/nianbao/agencies/liuquan/');
      expect(await page.locator('h1').innerText()).toBe('吴忠市红寺堡区柳泉乡人民政府');
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });
});

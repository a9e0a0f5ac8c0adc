// Search as a person uses it: type a Chinese term, narrow by year, follow a result to its section;
// from the header box, with and without JavaScript, at the domain root and under a sub-path.
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { describeInBrowser, site } from '../support/site.ts';

describeInBrowser('searching the reports', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  const resultTitles = (page: import('playwright-core').Page) => page.locator('#search-results > li h2').allInnerTexts();

  it('finds every bundled report that mentions 行政复议 after typing it and pressing Enter', async () => {
    const w = await openPage(browser, new URL('search/', site('root').url).href);
    try {
      const { page } = w;
      await page.locator('#q').focus();
      await page.keyboard.type('行政复议');
      await page.keyboard.press('Enter');
      await page.locator('#search-results > li').first().waitFor();
      await page.waitForFunction(() => !document.getElementById('search-status')?.textContent?.includes('正在搜索'));
      const titles = await resultTitles(page);
      // The four reports whose prose says 行政复议 first; 柳泉乡 2021 lost its section-4 heading, so
      // only its table 4 says it: listed last, marked, and its result leads to the table.
      expect(titles.slice(0, 4).sort()).toEqual(
        [
          '吴忠市人民政府办公室 2017 年度报告',
          '吴忠市人民政府办公室 2021 年度报告',
          '吴忠市利通区人民政府 2022 年度报告',
          '泾源县人民政府 2020 年度报告',
        ].sort(),
      );
      expect(titles[4]).toBe('吴忠市红寺堡区柳泉乡人民政府 2021 年度报告');
      const last = page.locator('#search-results > li').nth(4);
      expect(await last.locator('.table-only').innerText()).toBe('仅见于统计表');
      expect(await last.locator('.sub-results a').first().getAttribute('href')).toMatch(/#table-reviewLitigation$/);
      expect(await page.locator('#search-results .table-only').count()).toBe(1);
      expect(await page.locator('#search-status').innerText()).toContain('找到 5 份');
      expect(page.url()).toContain('q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE');
      expect(await page.locator('#search-results mark').first().innerText()).toBe('行政复议');
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('narrows the results to one year with the 年度 filter, and keeps the filter in the address', async () => {
    const w = await openPage(browser, new URL('search/?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE', site('root').url).href);
    try {
      const { page } = w;
      await page.locator('#search-results > li').first().waitFor();
      await page.locator('input[name="year"][value="2021"]').check();
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 2);
      expect(await resultTitles(page)).toEqual(['吴忠市人民政府办公室 2021 年度报告', '吴忠市红寺堡区柳泉乡人民政府 2021 年度报告']);
      expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2021']);
    } finally {
      await w.close();
    }
  });

  it('takes the reader from a result to the section that contains the words', async () => {
    const w = await openPage(browser, new URL('search/?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE&year=2022', site('root').url).href);
    try {
      const { page } = w;
      const link = page.locator('#search-results .sub-results a').first();
      await link.waitFor();
      expect(await link.innerText()).toBe('政府信息公开行政复议、行政诉讼情况');
      await link.click();
      await page.waitForURL(/\/reports\/ningxia\/wuzhong\/litong-2022\/#s\d+$/);
      const anchor = new URL(page.url()).hash.slice(1);
      expect(await page.locator(`[id="${anchor}"]`).innerText()).toContain('行政复议');
    } finally {
      await w.close();
    }
  });

  it('leads from the header box to the search page even without JavaScript', async () => {
    const w = await openPage(browser, site('root').url, { javaScriptEnabled: false });
    try {
      const { page } = w;
      await page.locator('#header-q').fill('利通区');
      await page.locator('#header-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=利通区');
      expect(await page.locator('main').innerText()).toContain('搜索需要在浏览器中启用 JavaScript');
    } finally {
      await w.close();
    }
  });

  it('works under a sub-path: the header box searches and the result opens under /nianbao/', async () => {
    const w = await openPage(browser, site('sub').url);
    try {
      const { page } = w;
      await page.locator('#header-q').fill('利通区 2022');
      await page.locator('#header-q').press('Enter');
      const first = page.locator('#search-results > li h2 a').first();
      await first.waitFor();
      expect(await first.innerText()).toBe('吴忠市利通区人民政府 2022 年度报告');
      expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
        '/nianbao/reports/ningxia/wuzhong/litong-2022/',
      );
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });
});

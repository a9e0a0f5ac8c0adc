// Keyboard only: a reader who cannot use a mouse searches (types a query, narrows it with a filter,
// opens a result) and compares reports (chooses them, changes the chart, confirms), with key presses
// and nothing else — every stop reachable with Tab and visibly focused.
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { focused, tabTo } from '../support/keyboard.ts';
import { describeInBrowser, pageUrl, site } from '../support/site.ts';

describeInBrowser('using the portal with the keyboard only', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  it('searches: skip link, query, a year filter, then a result opened with Enter', async () => {
    const w = await openPage(browser, pageUrl(site('root'), 'search/'));
    try {
      const { page } = w;
      // The first Tab lands on the skip link, which takes the focus to the main content.
      await page.keyboard.press('Tab');
      expect((await focused(page))?.label).toContain('跳到正文');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      await tabTo(page, '#q');
      await page.keyboard.type('行政复议');
      await page.keyboard.press('Enter');
      await page.locator('#search-results > li').first().waitFor();
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('找到 5 份'));

      await tabTo(page, 'input[name="year"][value="2021"]');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 2);
      expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2021']);

      await tabTo(page, '#search-results > li h2 a');
      expect((await focused(page))?.label).toContain('吴忠市人民政府办公室 2021 年度报告');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/reports\/ningxia\/wuzhong\/wuzhong-office-2021\/$/);
      expect(await page.locator('h1').innerText()).toContain('2021');
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('compares: two reports ticked with Space, the chart measure changed with the arrow keys, the view confirmed with Enter', async () => {
    const w = await openPage(browser, pageUrl(site('root'), 'compare/'));
    try {
      const { page } = w;
      await page.locator('#compare-form').waitFor();
      // Bodies are found by typing in the search box, then their reports ticked.
      await tabTo(page, '#compare-filter');
      await page.keyboard.type('利通区');
      await page.locator('#compare-bodies input[name="r"][value="ningxia/wuzhong/litong-2022"]').waitFor();
      await tabTo(page, '#compare-bodies input[name="r"][value="ningxia/wuzhong/litong-2022"]');
      await page.keyboard.press('Space');
      await tabTo(page, '#compare-filter', { backwards: true });
      await page.keyboard.press('Control+A');
      await page.keyboard.type('吴忠市人民政府办公室');
      await page.locator('#compare-bodies input[name="r"][value="ningxia/wuzhong/wuzhong-office-2021"]').waitFor();
      await tabTo(page, '#compare-bodies input[name="r"][value="ningxia/wuzhong/wuzhong-office-2021"]');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.getElementById('compare-status')?.textContent?.includes('正在比较 2 份报告'));
      expect(new URL(page.url()).searchParams.get('r')?.split(',').sort()).toEqual([
        'ningxia/wuzhong/litong-2022',
        'ningxia/wuzhong/wuzhong-office-2021',
      ]);
      // The name index to find the bodies, the two reports' own JSON files and their years' peer
      // figures (rank and quartiles beside each rate): nothing else.
      const data = w.requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/data/'));
      expect(data.sort()).toEqual([
        '/data/compare.json',
        '/data/peers-2021.json',
        '/data/peers-2022.json',
        '/data/reports/ningxia/wuzhong/litong-2022.json',
        '/data/reports/ningxia/wuzhong/wuzhong-office-2021.json',
      ]);

      await tabTo(page, '#compare-measure');
      const before = await page.locator('#compare-measure').inputValue();
      await page.keyboard.press('ArrowDown');
      await tabTo(page, '#compare-form button[type="submit"]');
      await page.keyboard.press('Enter');
      const after = await page.locator('#compare-measure').inputValue();
      expect(after).not.toBe(before);
      await page.waitForFunction((m) => new URL(location.href).searchParams.get('m') === m, after);

      // The results: two rows in the chart's table, and the tables reachable with Tab to scroll them.
      const rows = await page.locator('#compare-results .compare-chart tbody tr').count();
      expect(rows).toBe(2);
      await tabTo(page, '#compare-results section.table-scroll');
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });
});

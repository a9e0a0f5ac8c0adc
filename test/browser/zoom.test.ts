// Readable at 200 % zoom: a 1280-pixel screen at 200 % leaves 640 CSS pixels. No page may then scroll
// sideways as a whole; wide tables scroll inside their own region.
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { describeInBrowser, site } from '../support/site.ts';

const PAGES = [
  '',
  'reports/ningxia/wuzhong/wuzhong-office-2021/',
  'reports/ningxia/wuzhong/wuzhong-2017/',
  'agencies/wuzhong/',
  'years/2021/',
  'regions/',
  'search/?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE',
  'quality/',
  'data/',
  'about/',
];

describeInBrowser('reading at 200 % zoom', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  for (const path of PAGES) {
    it(`shows /${path} without sideways scrolling of the whole page at 640 CSS pixels`, async () => {
      const w = await openPage(browser, new URL(path, site('root').url).href, { viewport: { width: 640, height: 800 } });
      try {
        await w.page.waitForLoadState('networkidle');
        const { scroll, client } = await w.page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(scroll, `page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
      } finally {
        await w.close();
      }
    });
  }
});

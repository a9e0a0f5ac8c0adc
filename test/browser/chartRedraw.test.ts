// A drawn chart follows the page's colours and text size: when the reader's system turns dark mode on
// while the page is open, the bars take dark mode's colour; when the 大字高对比 switch is pressed, the
// chart is drawn again at the larger text size. Checked on the canvas's own pixels and frame.
import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { scrollThrough } from '../support/axe.ts';
import { describeInBrowser, pageUrl, site } from '../support/site.ts';

const REPORT = 'reports/ningxia/wuzhong/litong-2022/';
/** --chart-bar in light and in dark mode (global.css). */
const LIGHT_BAR = [0x9b, 0x1c, 0x1c];
const DARK_BAR = [0xe8, 0x83, 0x7a];

/** How many pixels of the first chart's canvas have exactly this colour. */
const pixelsOf = (page: Page, rgb: number[]): Promise<number> =>
  page.evaluate((rgb) => {
    const canvas = document.querySelector<HTMLCanvasElement>('figure.chart canvas[data-drawn]');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return -1;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) n++;
    return n;
  }, rgb);

describeInBrowser('charts after the page’s colours or text size change', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  async function drawnReport(): Promise<Awaited<ReturnType<typeof openPage>>> {
    const w = await openPage(browser, pageUrl(site('root'), REPORT));
    await w.page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await scrollThrough(w.page);
    await w.page.waitForFunction(() => document.querySelector('figure.chart canvas[data-drawn]'));
    return w;
  }

  it('draws the bars again in dark mode’s colour when the system turns dark mode on', async () => {
    const w = await drawnReport();
    try {
      const { page } = w;
      await expect.poll(() => pixelsOf(page, LIGHT_BAR)).toBeGreaterThan(100);
      expect(await pixelsOf(page, DARK_BAR)).toBe(0);
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await expect.poll(() => pixelsOf(page, DARK_BAR)).toBeGreaterThan(100);
      expect(await pixelsOf(page, LIGHT_BAR)).toBe(0);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('draws the chart again, taller, when the 大字高对比 switch is pressed', async () => {
    const w = await drawnReport();
    try {
      const { page } = w;
      const frameHeight = () => page.$eval('figure.chart .chart-canvas', (f) => f.getBoundingClientRect().height);
      const before = await frameHeight();
      await page.locator('#pref-toggle').click();
      await expect.poll(frameHeight).toBeGreaterThan(before * 1.15);
      await expect.poll(() => pixelsOf(page, LIGHT_BAR)).toBeGreaterThan(100);
    } finally {
      await w.close();
    }
  });
});

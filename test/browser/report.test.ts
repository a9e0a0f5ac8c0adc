// A report's page: the statutory tables cell by cell, what the checks found, charts drawn when they
// come into view, and nothing loaded from anywhere else.
//
// Two bundled reports are read here:
//   wuzhong-office-2021 — a clean 2021-format report: table 3 “（一）予以公开” / 自然人 is 6 and the
//                         balance rule (第一项加第二项之和，等于第三项加第四项之和) holds in every column;
//   hongsibu/liuquan-2021 — table 3 is cut short in the source: rows from “（一）予以公开” on lost
//                         cells, so those read 未知 and the checks that need them cannot be made.
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { checkEntries, waitForDrawnChart } from '../support/reportPage.ts';
import { figure, figureText } from '../support/tableFigures.ts';
import { describeInBrowser, site } from '../support/site.ts';

const CLEAN = 'reports/ningxia/wuzhong/wuzhong-office-2021/';
const TRUNCATED = 'reports/ningxia/wuzhong/hongsibu/liuquan-2021/';

const BALANCE = { rule: 'applications.balance', name: '第一项加第二项' };

describeInBrowser('a report page', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  it('shows 6 in table 3 under 予以公开 / 自然人 and lists the balance rule (第一项加第二项…) as 相符', async () => {
    const w = await openPage(browser, new URL(CLEAN, site('root').url).href);
    try {
      expect(await figureText(w.page, '表三', ['（一）予以公开', '自然人'])).toBe('6');
      expect(await figureText(w.page, '表三', ['一、本年新收政府信息公开申请数量', '总计'])).toBe('25');

      const { panels, entries } = await checkEntries(w.page, BALANCE);
      expect(panels, 'the page has a checks panel').toBeGreaterThan(0);
      expect(entries.length, 'the checks panel lists the balance rule').toBeGreaterThan(0);
      for (const e of entries) {
        expect(e).toContain('相符');
        expect(e).not.toMatch(/不符|无法核对/);
      }
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('shows 未知 for the cells lost from a truncated table 3, and 无法核对 for the checks that need them', async () => {
    const w = await openPage(browser, new URL(TRUNCATED, site('root').url).href);
    try {
      expect(await figureText(w.page, '表三', ['（七）总计', '总计'])).toBe('未知');
      expect(await figureText(w.page, '表三', ['（一）予以公开', '自然人'])).toBe('未知');
      // The rows before the cut were read: 新收 is 0, not 未知.
      expect(await figureText(w.page, '表三', ['一、本年新收政府信息公开申请数量', '总计'])).toBe('0');

      const { entries } = await checkEntries(w.page, BALANCE);
      expect(entries.length, 'the checks panel lists the balance rule').toBeGreaterThan(0);
      for (const e of entries) {
        expect(e).toContain('无法核对');
        expect(e).not.toMatch(/相符|不符/);
      }
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('gives an id only to the figures its check list links to: not to a figure whose checks passed', async () => {
    for (const path of [CLEAN, TRUNCATED]) {
      const w = await openPage(browser, new URL(path, site('root').url).href);
      try {
        const { ids, targets } = await w.page.evaluate(() => ({
          ids: [...document.querySelectorAll('table.official td[id]')].map((td) => td.id).sort(),
          targets: [
            ...new Set([...document.querySelectorAll('.checks-panel a[href^="#cell-"]')].map((a) => a.getAttribute('href')!.slice(1))),
          ].sort(),
        }));
        expect(ids, `${path}: the figures with an id are those the check list links to`).toEqual(targets);
      } finally {
        await w.close();
      }
    }
    const clean = await openPage(browser, new URL(CLEAN, site('root').url).href);
    try {
      // No check that failed or could not be made names 予以公开 / 自然人: nothing links to it.
      expect(await figure(clean.page, '表三', ['（一）予以公开', '自然人'])).toEqual({ text: '6', id: null });
    } finally {
      await clean.close();
    }
    const truncated = await openPage(browser, new URL(TRUNCATED, site('root').url).href);
    try {
      // The lost 总计 is what the balance rule could not be checked for: the check list links to it.
      expect(await figure(truncated.page, '表三', ['（七）总计', '总计'])).toEqual({
        text: '未知',
        id: 'cell-applications-processedTotal-total',
      });
    } finally {
      await truncated.close();
    }
  });

  it('draws a chart on a <canvas> once the reader scrolls to it, with its figures also in a data table', async () => {
    const w = await openPage(browser, new URL(CLEAN, site('root').url).href);
    try {
      const { page } = w;
      const chart = page.locator('.chart').first();
      await expect(chart.count(), 'the page has a chart (.chart)').resolves.toBeGreaterThan(0);
      await chart.scrollIntoViewIfNeeded();
      await waitForDrawnChart(page, 0);
      const box = await chart.locator('canvas').first().boundingBox();
      expect(box && box.width > 50 && box.height > 50, 'the canvas has a visible size').toBe(true);
      const table = await chart.evaluate((el) => {
        const t = el.querySelector('table') ?? el.closest('figure, section')?.querySelector('table') ?? null;
        return t ? { rows: t.querySelectorAll('tbody tr, tr').length, text: t.textContent ?? '' } : null;
      });
      expect(table, 'the chart has a data table').not.toBeNull();
      expect(table!.rows).toBeGreaterThan(1);
      expect(table!.text).toMatch(/\d/);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('loads scripts only from the site itself, all the way down the page, in both builds', async () => {
    for (const name of ['root', 'sub'] as const) {
      const s = site(name);
      const w = await openPage(browser, new URL(CLEAN, s.url).href);
      try {
        const { page } = w;
        // Scroll through the page so that anything loaded on scroll (charts) is loaded too.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y <= height; y += 600) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(50);
        }
        await page.waitForLoadState('networkidle');
        const scriptRequests = w.requests.filter((r) => r.type === 'script').map((r) => r.url);
        const scriptTags = await page.$$eval('script[src]', (els) => els.map((e) => (e as HTMLScriptElement).src));
        for (const url of [...scriptRequests, ...scriptTags]) {
          expect(url.startsWith(s.url), `${url} is served by the site under ${s.basePath}`).toBe(true);
        }
        expect(w.failedRequests).toEqual([]);
        expect(w.consoleErrors).toEqual([]);
      } finally {
        await w.close();
      }
    }
  });
});

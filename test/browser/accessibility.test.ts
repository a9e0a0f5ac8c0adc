// Accessibility: axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of page, in the state
// a reader sees it (search results shown, comparison and charts drawn), in the normal and in the
// 大字高对比 (large text, high contrast) mode and in dark mode; and every chart is an image with a name and its table.
import { afterAll, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { PAGE_TYPES, visit } from '../support/pageTypes.ts';
import { describeInBrowser, pageUrl, site } from '../support/site.ts';

describeInBrowser('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  it('notices a violation when there is one: the page stripped of its language and a link of its text', async () => {
    const w = await openPage(browser, site('root').url);
    try {
      await w.page.evaluate(() => {
        document.documentElement.removeAttribute('lang');
        document.querySelector('a.site-name')?.replaceChildren();
      });
      const found = (await axeViolations(w.page)).join('\n');
      expect(found).toMatch(/^html-has-lang \(serious\)/m);
      expect(found).toMatch(/^link-name \(serious\)/m);
    } finally {
      await w.close();
    }
  });

  for (const type of PAGE_TYPES) {
    it(`finds no violation on the ${type.name} page`, async () => {
      const w = await openPage(browser, null);
      try {
        await visit(w.page, pageUrl(site('root'), type.path), type);
        expect(await axeViolations(w.page)).toEqual([]);
      } finally {
        await w.close();
      }
    });
  }

  for (const largeText of [false, true]) {
    it(`finds no violation with the header box's body suggestions open${largeText ? ' in the 大字高对比 mode' : ''}`, async () => {
      const w = await openPage(browser, null);
      try {
        if (largeText) await w.context.addInitScript(() => localStorage.setItem('nianbao-large-text', '1'));
        await w.page.goto(site('root').url);
        await w.page.locator('#header-q').focus();
        await w.page.keyboard.type('wz');
        await w.page.locator('#header-suggest [role="option"]').first().waitFor();
        await w.page.keyboard.press('ArrowDown');
        expect(await w.page.locator('#header-q').getAttribute('aria-activedescendant')).toBe('header-suggest-0');
        expect(await axeViolations(w.page)).toEqual([]);
      } finally {
        await w.close();
      }
    });
  }

  for (const name of ['home', 'report (2019/2021 format, with charts)', 'compare with results']) {
    const type = PAGE_TYPES.find((t) => t.name === name)!;
    it(`finds no violation on the ${name} page in the 大字高对比 mode`, async () => {
      const w = await openPage(browser, null);
      try {
        await w.context.addInitScript(() => localStorage.setItem('nianbao-large-text', '1'));
        await visit(w.page, pageUrl(site('root'), type.path), type);
        expect(await w.page.evaluate(() => document.documentElement.hasAttribute('data-large-text'))).toBe(true);
        expect(await axeViolations(w.page)).toEqual([]);
      } finally {
        await w.close();
      }
    });
  }

  // Dark mode follows the system (prefers-color-scheme): the same pages, the same rules, in its colours.
  for (const type of PAGE_TYPES) {
    it(`finds no violation on the ${type.name} page in dark mode`, async () => {
      const w = await openPage(browser, null);
      try {
        await w.page.emulateMedia({ colorScheme: 'dark' });
        await visit(w.page, pageUrl(site('root'), type.path), type);
        const paper = await w.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(paper, 'dark paper').not.toBe('rgb(255, 255, 255)');
        expect(await axeViolations(w.page)).toEqual([]);
      } finally {
        await w.close();
      }
    });
  }

  for (const name of ['home', 'report (2019/2021 format, with charts)', 'body (trend charts)', 'compare with results']) {
    const type = PAGE_TYPES.find((t) => t.name === name)!;
    it(`gives every chart on the ${name} page role="img", a name that states its figures, and a data table`, async () => {
      const w = await openPage(browser, null);
      try {
        await visit(w.page, pageUrl(site('root'), type.path), type);
        const charts = await w.page.evaluate(() =>
          [...document.querySelectorAll('figure.chart')].map((figure) => {
            const canvas = figure.querySelector('canvas');
            const table = figure.querySelector('table');
            return {
              role: canvas?.getAttribute('role') ?? null,
              label: canvas?.getAttribute('aria-label') ?? '',
              drawn: canvas?.dataset['drawn'] === '1',
              caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
              tableCaption: table?.querySelector('caption')?.textContent?.trim() ?? '',
              rowHeaders: table?.querySelectorAll('tbody th[scope="row"]').length ?? 0,
              firstFigure: table?.querySelector('tbody td')?.textContent?.trim() ?? '',
            };
          }),
        );
        expect(charts.length).toBeGreaterThan(0);
        for (const chart of charts) {
          expect(chart.role, chart.caption).toBe('img');
          expect(chart.drawn, chart.caption).toBe(true);
          // The name is the caption plus the figures, so a screen reader hears what the bars show.
          expect(chart.label, chart.caption).toContain(chart.caption);
          expect(chart.label, chart.caption).toMatch(/\d/);
          expect(chart.tableCaption, chart.caption).toContain(chart.caption);
          expect(chart.rowHeaders, chart.caption).toBeGreaterThan(0);
          expect(chart.firstFigure, chart.caption).not.toBe('');
        }
      } finally {
        await w.close();
      }
    });
  }
});

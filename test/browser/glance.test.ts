// The year at a glance, as a citizen meets it on the home page: the latest year's reports in, owed and
// late; its applications and how they ended; review and litigation with their correction rates; its
// reports with failed checks — each card with a chart, the chart's table and a link to the list behind
// it, and a year picker that opens the same glance for any other year. The figures are checked against
// other pages that show them: the year's summary table, the report pages' own outcome tables, the
// quality page of the year.
import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { bundledReports } from '../support/content.ts';
import { describeInBrowser, pageUrl, site } from '../support/site.ts';

/** A table's rows as label → text of its last cell (the chart tables have one figure per row). */
const tableRows = (page: Page, selector: string): Promise<Record<string, string>> =>
  page.$$eval(`${selector} tbody tr`, (trs) =>
    Object.fromEntries(
      trs.map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', tr.querySelector('td:last-child')?.textContent?.trim() ?? '']),
    ),
  );

/** 1,234 → 1234; 未知 → null. */
const figureOf = (text: string): number | null => (/^[\d,]+$/.test(text) ? Number(text.replace(/,/g, '')) : null);

/** The number that opens a tile whose text contains `word`. */
const tile = async (page: Page, card: string, word: string): Promise<number | null> => {
  const texts = await page.$$eval(`#${card} ~ .glance-figures li`, (lis) => lis.map((li) => (li.textContent ?? '').replace(/\s+/g, '')));
  const text = texts.find((t) => t.includes(word));
  return text === undefined ? null : figureOf(/^[\d,]+/.exec(text)?.[0] ?? '');
};

describeInBrowser('the year at a glance', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());
  const reports = bundledReports();
  const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const latest = years[0] as number;

  it('shows the latest year on the home page: four cards, each with figures, a chart with its table and a link', async () => {
    const w = await openPage(browser, pageUrl(site('root')));
    try {
      const { page } = w;
      await expect(page.locator('#glance h2').innerText()).resolves.toBe(`${latest} 年度概览`);
      const cards = page.locator('#glance .glance-card');
      await expect(cards.count()).resolves.toBe(4);
      for (let i = 0; i < 4; i++) {
        const card = cards.nth(i);
        await expect(card.locator('h3').count()).resolves.toBe(1);
        await expect(card.locator('.glance-figures li').count()).resolves.toBeGreaterThan(0);
        await expect(card.locator('figure.chart table.chart-table').count()).resolves.toBe(1);
        await expect(card.locator('.glance-more a').count()).resolves.toBeGreaterThan(0);
      }
      expect(await tile(page, 'glance-reports', '份报告已收录')).toBe(reports.filter((r) => r.year === latest).length);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('opens any other year from the picker, and its figures agree with the year’s summary table', async () => {
    const year = years[1] as number;
    const w = await openPage(browser, pageUrl(site('root')));
    try {
      const { page } = w;
      await page
        .locator('#glance nav[aria-label="选择年度"]')
        .getByRole('link', { name: String(year), exact: true })
        .click();
      await page.waitForURL(`**/years/${year}/#glance`);
      await expect(page.locator('#glance h2').innerText()).resolves.toBe(`${year} 年度概览`);
      await expect(page.locator('#glance [aria-current="page"]').innerText()).resolves.toBe(String(year));
      expect(await tile(page, 'glance-reports', '份报告已收录')).toBe(reports.filter((r) => r.year === year).length);

      // The summary table's totals row (known figures only) says the same.
      const totals = await page.$$eval('table.summary', (tables) => {
        const t = tables[0] as HTMLTableElement;
        const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
        const cells = [...t.querySelectorAll('tfoot tr > *')].map((c) => (c.firstChild?.textContent ?? '').trim());
        return Object.fromEntries(heads.map((h, i) => [h, cells[i] ?? '']));
      });
      expect(await tile(page, 'glance-applications', '件新收申请')).toBe(figureOf(totals['新收申请'] ?? ''));
      expect(await tile(page, 'glance-applications', '办理总计')).toBe(figureOf(totals['办理总计'] ?? ''));
      expect(await tile(page, 'glance-cases', '件行政复议')).toBe(figureOf(totals['行政复议'] ?? ''));
      expect(await tile(page, 'glance-cases', '件行政诉讼')).toBe(figureOf(totals['行政诉讼'] ?? ''));
    } finally {
      await w.close();
    }
  });

  it('adds up how the year’s applications ended as the report pages state them, and names what it leaves out', async () => {
    // The year with the most reports that have table 3: its report pages' outcome tables, added by hand.
    const year = years.find((y) => reports.filter((r) => r.year === y).length > 1) ?? latest;
    const w = await openPage(browser, pageUrl(site('root'), `years/${year}/`));
    try {
      const { page } = w;
      const glance = await tableRows(page, '#glance-outcomes-chart');
      const expected: Record<string, number> = {};
      const unknown = new Set<string>();
      for (const r of reports.filter((x) => x.year === year)) {
        const p = await openPage(browser, pageUrl(site('root'), `reports/${r.id}/`));
        try {
          if ((await p.page.locator('#chart-outcomes').count()) === 0) continue;
          for (const [label, text] of Object.entries(await tableRows(p.page, '#chart-outcomes'))) {
            const v = figureOf(text);
            if (v === null) unknown.add(label);
            else expected[label] = (expected[label] ?? 0) + v;
          }
        } finally {
          await p.close();
        }
      }
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      for (const [label, sum] of Object.entries(expected)) expect(figureOf(glance[label] ?? ''), label).toBe(sum);
      const note = await page.locator('#glance-applications ~ .glance-uncounted').allInnerTexts();
      for (const label of unknown) expect(note.join(''), `${label} is said to leave out an unknown figure`).toContain(label);
    } finally {
      await w.close();
    }
  });

  it('says of a legacy year what its 统计表 lacks, apart from what is unknown, and draws no part for it', async () => {
    const w = await openPage(browser, pageUrl(site('root'), 'years/2017/'), { javaScriptEnabled: false });
    try {
      const { page } = w;
      const outcomes = Object.keys(await tableRows(page, '#glance-outcomes-chart'));
      expect(outcomes).toEqual(['予以公开', '部分公开', '不予公开']);
      await expect(page.locator('#glance-applications ~ .glance-uncounted').innerText()).resolves.toContain('旧版统计表没有此项');
      // The body with a legacy year and a 2021 one: the summary's total of 上年结转 (which a 统计表 has not).
      await page.goto(pageUrl(site('root'), 'agencies/wuzhong/'));
      const carriedOver = await page.$$eval('table.summary', (tables) => {
        const t = tables[0] as HTMLTableElement;
        const column = [...t.querySelectorAll('thead th')].findIndex((th) => th.textContent?.trim() === '上年结转');
        return t.querySelectorAll('tfoot tr > *')[column]?.textContent ?? '';
      });
      expect(carriedOver).toContain('1 份无此项');
      expect(carriedOver).not.toContain('未知');
    } finally {
      await w.close();
    }
  });

  it('counts the year’s reports with failed checks as the quality page of that year does, and links there', async () => {
    const w = await openPage(browser, pageUrl(site('root')), { javaScriptEnabled: false });
    try {
      const { page } = w;
      const failing = await tile(page, 'glance-checks', '有核对不符');
      await page.locator('#glance-checks ~ .glance-figures a').click();
      await page.waitForURL(`**/quality/${latest}/by-fail/`);
      const text = (await page.locator('main ul.stats').innerText()).replace(/\s+/g, '');
      expect(failing).toBe(Number(/(\d+)份有核对不符/.exec(text)?.[1]));
    } finally {
      await w.close();
    }
  });
});

// The compare page: a shared address (?r=<id>,<id>&col=…&m=…) reproduces the view — the chosen
// reports, table 3's column, the chart's measure and the figures — on a static host; choosing by
// keyboard updates the address; the view's CSV downloads in UTF-8 with a BOM; bodies are found by
// typing, and a view fetches only its reports' own JSON files and their years' peer figures (rank and
// quartiles beside each rate); without JavaScript the page says comparison needs it and points to the
// bodies' pages and the downloads.
import { readFile } from 'node:fs/promises';
import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsvObjects } from '../../src/data/csv.ts';
import type { CompareReport } from '../../src/data/compareTypes.ts';
import { type ReportJson, compareReportOf } from '../../src/data/compareReports.ts';
import { openPage, sharedBrowser, type WatchedPage } from '../support/browser.ts';
import { type SiteName, describeInBrowser, pageUrl, site } from '../support/site.ts';

const LITONG = 'ningxia/wuzhong/litong-2022';
const WUZHONG = 'ningxia/wuzhong/wuzhong-office-2021';
const JINGYUAN = 'ningxia/guyuan/jingyuan-2020';
const LEGACY = 'ningxia/wuzhong/wuzhong-2017';

/** The text of a results table, row by row (cells separated by |), once the script has drawn it. */
async function tableRows(page: Page, selector: string): Promise<string[]> {
  await page.locator(selector).first().waitFor();
  return page.$$eval(`${selector} tr`, (rows) =>
    rows.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).join('|')),
  );
}

/** A report as the compare view has it: from its own JSON file. */
async function compareReport(name: SiteName, id: string): Promise<CompareReport> {
  const response = await fetch(pageUrl(site(name), `data/reports/${id}.json`));
  if (!response.ok) throw new Error(`${id}: HTTP ${response.status}`);
  return compareReportOf((await response.json()) as ReportJson);
}

/** The data files a page fetched (JSON under /data/), in order. */
const dataFetched = (w: WatchedPage): string[] => w.requests.map((r) => r.url).filter((u) => new URL(u).pathname.includes('/data/'));

describeInBrowser('the compare page', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  async function open(query: string, name: SiteName = 'root', javaScriptEnabled = true): Promise<WatchedPage> {
    return openPage(browser, pageUrl(site(name), `compare/${query}`), { javaScriptEnabled });
  }

  it('rebuilds the view from the address: reports ticked, column and measure chosen, tables, rates and chart', async () => {
    const w = await open(`?r=${LITONG},${WUZHONG}&col=naturalPerson&m=disclosure`);
    try {
      const { page } = w;
      await page.locator('#compare-results table.compare-applications').waitFor();
      // The chosen reports are listed ticked; no other report is (bodies are listed only when searched for).
      expect(await page.isChecked(`#compare-chosen input[name="r"][value="${LITONG}"]`)).toBe(true);
      expect(await page.isChecked(`#compare-chosen input[name="r"][value="${WUZHONG}"]`)).toBe(true);
      expect(await page.locator(`input[name="r"][value="${JINGYUAN}"]`).count()).toBe(0);
      expect(await page.inputValue('#compare-column')).toBe('naturalPerson');
      expect(await page.inputValue('#compare-measure')).toBe('disclosure');

      const litong = await compareReport('root', LITONG);
      const wuzhong = await compareReport('root', WUZHONG);
      const applications = await tableRows(page, '#compare-results table.compare-applications');
      expect(applications[0]).toBe(`项目|${litong.body} ${litong.year} 年|${wuzhong.body} ${wuzhong.year} 年`);
      expect(applications).toContain(
        `一、本年新收政府信息公开申请数量|${litong.applications!['received']!['naturalPerson']}|${wuzhong.applications!['received']!['naturalPerson']}`,
      );
      expect(await page.locator('table.compare-applications caption').innerText()).toContain('自然人');

      // 实质公开率 = (予以公开 + 部分公开) / 总计: 利通区 2022 is 8 / 11, the only county body of 2022
      // with the rate (its rank of 1, and no quartiles below 4 bodies: from /data/peers-2022.json).
      const rates = await tableRows(page, '#compare-results table.compare-rates');
      expect(rates.find((r) => r.startsWith(litong.body))).toMatch(/\|72\.7% 8 \/ 11 县级第 1 名 \/ 共 1 个；同级不足 4 个，无四分位数\|/);
      expect(rates.find((r) => r.startsWith(wuzhong.body))).toContain('市级第 1 名 / 共 1 个');
      expect(rates.find((r) => r.startsWith(litong.body))).toContain('分母小于 5，不计算（0 / 0）');

      const review = await tableRows(page, '#compare-results table.compare-review');
      expect(review).toHaveLength(16);
      expect(review[1]).toBe(
        `行政复议|结果维持|${litong.reviewLitigation!.review['upheld']}|${wuzhong.reviewLitigation!.review['upheld']}`,
      );

      const canvas = page.locator('#compare-results figure.chart canvas[role="img"]');
      await page.waitForFunction(() => !!document.querySelector('#compare-results canvas[data-drawn]'));
      expect(await canvas.getAttribute('aria-label')).toContain(`${litong.body} ${litong.year} 年 72.7 %`);
      expect(await page.locator('#compare-results figure.chart table caption').innerText()).toContain('实质公开率');

      expect(new URL(page.url()).search).toBe(`?r=${LITONG},${WUZHONG}&col=naturalPerson&m=disclosure`);
      expect(await page.inputValue('#compare-link')).toBe(page.url());
      // The two reports' own files and their years' peer figures, nothing else: no name index, no other report.
      expect(dataFetched(w).sort()).toEqual(
        [
          pageUrl(site('root'), `data/reports/${LITONG}.json`),
          pageUrl(site('root'), `data/reports/${WUZHONG}.json`),
          pageUrl(site('root'), 'data/peers-2022.json'),
          pageUrl(site('root'), 'data/peers-2021.json'),
        ].sort(),
      );
      expect(await page.locator('#compare-nojs').isHidden()).toBe(true);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('writes a choice made by keyboard into the address, and that address shows the same view elsewhere', async () => {
    const w = await open(`?r=${LITONG}`);
    let shared: string;
    let before: string[];
    try {
      const { page } = w;
      await page.locator('table.compare-applications').waitFor();
      await page.fill('#compare-filter', '泾源');
      await page.focus(`#compare-bodies input[name="r"][value="${JINGYUAN}"]`);
      await page.keyboard.press('Space');
      await page.waitForFunction((id) => location.search.includes(id), JINGYUAN);
      await page.focus('#compare-measure');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => location.search.includes('m='));
      shared = page.url();
      before = [
        ...(await tableRows(page, 'table.compare-applications')),
        ...(await tableRows(page, 'table.compare-review')),
        ...(await tableRows(page, 'table.compare-rates')),
        ...(await tableRows(page, 'figure.chart table')),
      ];
      expect(new URL(shared).search).toBe(`?r=${JINGYUAN},${LITONG}&m=processedTotal`);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.close();
    }
    const again = await openPage(browser, shared);
    try {
      const { page } = again;
      await page.locator('table.compare-applications').waitFor();
      const after = [
        ...(await tableRows(page, 'table.compare-applications')),
        ...(await tableRows(page, 'table.compare-review')),
        ...(await tableRows(page, 'table.compare-rates')),
        ...(await tableRows(page, 'figure.chart table')),
      ];
      expect(after).toEqual(before);
      expect(page.url()).toBe(shared);
    } finally {
      await again.close();
    }
  });

  it('downloads the view’s data as a CSV in UTF-8 with a BOM that reads back to the shown figures', async () => {
    const w = await open(`?r=${LITONG},${LEGACY}`);
    try {
      const { page } = w;
      await page.locator('table.compare-applications').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#compare-download')]);
      const raw = await readFile((await download.path())!);
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsvObjects(raw.toString('utf8'));
      const litong = await compareReport('root', LITONG);
      const received = rows.find(
        (r) => r['report_id'] === LITONG && r['table'] === 'applications' && r['row_key'] === 'received' && r['column_key'] === 'total',
      );
      expect(Number(received?.['value'])).toBe(litong.applications!['received']!['total']);
      expect(rows.filter((r) => r['report_id'] === LEGACY && r['table'] !== 'rates')).toEqual([]);
      // The legacy 统计表's 实质公开率 (同意公开 8 + 同意部分公开 0) ÷ 申请答复数 35, as its body page ranks it; no 纠错率.
      const legacyRate = (key: string) =>
        rows.find((r) => r['report_id'] === LEGACY && r['row_key'] === key && r['column_key'] === 'rate')?.['value'];
      expect(Number(legacyRate('disclosure'))).toBeCloseTo(8 / 35);
      expect(legacyRate('reviewCorrection')).toBe('');
      const shownRate = await page.locator('table.compare-rates tbody tr', { hasText: '2017' }).locator('td').first().innerText();
      expect(shownRate).toContain('22.9%');
      expect(shownRate).toContain('旧版统计表口径');
      expect(await page.locator('.compare-note').first().innerText()).toContain('没有表三');
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('narrows the list of bodies to those whose name holds the words typed in the filter', async () => {
    const w = await open('');
    try {
      const { page } = w;
      await page.locator('#compare-status', { hasText: '尚未选择报告' }).waitFor();
      expect(await page.locator('#compare-results').isHidden()).toBe(true);
      // Nothing is fetched before the reader looks for a body.
      expect(dataFetched(w)).toEqual([]);
      expect(await page.locator('#compare-bodies > li').count()).toBe(0);
      await page.fill('#compare-filter', '泾源');
      await page.locator('#compare-bodies > li').first().waitFor();
      const shown = await page.$$eval('#compare-bodies > li', (items) => items.map((li) => li.getAttribute('data-body')));
      expect(shown).toEqual(['泾源县人民政府']);
      expect(await page.locator('#compare-found').innerText()).toContain('找到 1 个机关');
      await page.fill('#compare-filter', '人民政府 吴忠');
      await page.waitForFunction(() => document.querySelectorAll('#compare-bodies > li').length > 1);
      const both = await page.$$eval('#compare-bodies > li', (items) => items.map((li) => li.getAttribute('data-body') ?? ''));
      expect(both.every((name) => name.includes('人民政府') && name.includes('吴忠'))).toBe(true);
      expect(new URL(page.url()).search).toBe('');
    } finally {
      await w.close();
    }
  });

  it('reads an address whose commas were encoded (r=a%2Cb, as URLSearchParams writes it)', async () => {
    const w = await open(`?r=${encodeURIComponent(`${LITONG},${WUZHONG}`)}`);
    try {
      await w.page.locator('#compare-status', { hasText: '正在比较 2 份报告' }).waitFor();
      expect(new URL(w.page.url()).search).toBe(`?r=${LITONG},${WUZHONG}`);
      // The two reports' files and their two years' peer figures.
      expect(dataFetched(w)).toHaveLength(4);
    } finally {
      await w.close();
    }
  });

  it('names a report in the address that the site does not have', async () => {
    const w = await open(`?r=${LITONG},ningxia/nowhere-2030`);
    try {
      await w.page.locator('table.compare-applications').waitFor();
      expect(await w.page.locator('#compare-status').innerText()).toContain('ningxia/nowhere-2030');
    } finally {
      await w.close();
    }
  });

  it('works under a sub-path: the report’s JSON from /nianbao/data/reports/ and links to the reports below /nianbao/', async () => {
    const w = await open(`?r=${WUZHONG}`, 'sub');
    try {
      const { page } = w;
      await page.locator('table.compare-applications').waitFor();
      // Only the file of the one report shown and its year's peer figures: not the name index, not another report.
      const fetched = dataFetched(w);
      expect(fetched).toEqual([pageUrl(site('sub'), `data/reports/${WUZHONG}.json`), pageUrl(site('sub'), 'data/peers-2021.json')]);
      expect(fetched[0]).toContain('/nianbao/data/reports/');
      const link = await page.locator('table.compare-applications thead a').first().getAttribute('href');
      expect(link).toBe(`/nianbao/reports/${WUZHONG}/`);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('says without JavaScript that comparison needs it, and links to the downloads', async () => {
    const w = await open(`?r=${LITONG}`, 'root', false);
    try {
      const { page } = w;
      const notice = page.locator('#compare-nojs');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain('需要在浏览器中启用 JavaScript');
      expect(await notice.locator('a[href="/data/"]').count()).toBe(1);
      expect(await notice.locator('a[href="/agencies/"]').count()).toBe(1);
      expect(await page.locator('#compare').isHidden()).toBe(true);
    } finally {
      await w.close();
    }
  });
});

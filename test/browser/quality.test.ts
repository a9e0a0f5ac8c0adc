// The data-quality page, as a citizen meets it after a body has committed a report: a new report
// file — 吴忠市利通区人民政府's 2021 report, whose table 3 does not balance (上年结转 1 too many in the
// 自然人 column) — is added to a copy of content/reports, the site is built from that copy, and the
// report must show up on /quality/ checked: its failed rules counted, each failure linked to its cells
// on the report page, and 2021 no longer listed among the body's missing years. The quality pages
// carry no script: every order and filter is a page of its own, reached by links.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPage, sharedBrowser, type WatchedPage } from '../support/browser.ts';
import { REPO } from '../support/buildSite.ts';
import { type SiteWithReport, buildSiteWithReport } from '../support/siteWithReport.ts';
import { cellText } from '../support/reportPage.ts';
import { describeInBrowser } from '../support/site.ts';

const ADDED_ID = 'ningxia/wuzhong/litong-2021';
/** The balance fixture of the check command, as 利通区's 2021 report. */
const ADDED_TEXT = readFileSync(join(REPO, 'test/fixtures/check/rule-balance/mouxian-2021.txt'), 'utf8')
  .replaceAll('某县人民政府', '吴忠市利通区人民政府')
  // 现行有效件数 as 2022's report continues it (38 = 32 + 6 − 0), so that only the balance fails.
  .replace('行政规范性文件\t3\t1\t12', '行政规范性文件\t3\t1\t32');

describeInBrowser('the data-quality page with a newly committed report', () => {
  const browser = sharedBrowser();
  let site: SiteWithReport | undefined;

  beforeAll(async () => {
    site = await buildSiteWithReport('quality', ADDED_ID, ADDED_TEXT);
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    await site?.close();
  });

  const url = (path: string) => site?.url(path) ?? path;
  const quality = (path = 'quality/') => openPage(browser, url(path), { javaScriptEnabled: false });
  const counts = (w: WatchedPage, id: string) =>
    w.page.evaluate((id) => {
      const row = document.querySelector(`.quality-table tr[data-report="${id}"]`);
      return row
        ? Object.fromEntries(
            [...row.querySelectorAll('td[data-count]')].map((td) => [td.getAttribute('data-count'), Number(td.textContent)]),
          )
        : null;
    }, id);

  it('is what the check command said about the file before it was committed', () => {
    const reportsDir = site?.reportsDir ?? '';
    const r = spawnSync(process.execPath, ['scripts/check.ts', '--reports', reportsDir, join(reportsDir, `${ADDED_ID}.txt`)], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(r.stdout).toContain(
      `${ADDED_ID}.txt:31: 警告 [applications.balance] 表三“自然人”栏：新收加上年结转应等于办理总计加结转下年度：应为 3，实为 2。`,
    );
    expect(r.stdout).toContain('核对规则不符 2 处');
    expect(r.status).toBe(0);
  });

  it('lists the added report with its two failed rules and no lost cells', async () => {
    const w = await quality();
    try {
      expect(await counts(w, ADDED_ID)).toMatchObject({ fail: 2, unknownCells: 0 });
      // A bundled report that holds together is there too, with no failure.
      expect(await counts(w, 'ningxia/wuzhong/litong-2022')).toMatchObject({ fail: 0 });
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('links each of its failures to the cells on the report page, where the cells are', async () => {
    // The failures' details are on the pages of the failing reports (the full list is paged).
    const w = await quality('quality/only-failing/');
    try {
      const links = await w.page.evaluate((id) => {
        const item = document.querySelector(`.quality-failures > li[data-report="${id}"]`);
        return [...(item?.querySelectorAll('.cells a') ?? [])].map((a) => ({
          href: (a as HTMLAnchorElement).href,
          text: a.textContent ?? '',
        }));
      }, ADDED_ID);
      const hrefs = links.map((l) => l.href);
      expect(hrefs).toContain(url(`reports/${ADDED_ID}/#cell-applications-carriedOver-naturalPerson`));
      expect(hrefs).toContain(url(`reports/${ADDED_ID}/#cell-applications-carriedOver-total`));
      expect(links.find((l) => l.href.endsWith('#cell-applications-carriedOver-naturalPerson'))?.text).toBe(
        '表三 二、上年结转政府信息公开申请数量 · 自然人',
      );

      await w.page.click(
        `.quality-failures > li[data-report="${ADDED_ID}"] .cells a[href$="#cell-applications-carriedOver-naturalPerson"]`,
      );
      await w.page.waitForURL(`**/reports/${ADDED_ID}/#cell-applications-carriedOver-naturalPerson`);
      // The cell reads 1, marked by the report page as part of a failed check.
      const cell = await cellText(w.page, 'cell-applications-carriedOver-naturalPerson');
      expect(cell).toMatch(/^1(?!\d)/);
      expect(cell).toContain('核对不符');
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('no longer lists 2021 among the body’s missing reports, and still lists the years before', async () => {
    const w = await quality();
    try {
      const missing = await w.page.locator('table.missing-reports tr[data-agency="litong"] td.fail').innerText();
      expect(missing).toBe('2017—2020 年');
      const bodyPage = await openPage(browser, url('agencies/litong/'), { javaScriptEnabled: false });
      try {
        expect(await bodyPage.page.locator('.missing-years').innerText()).toContain('缺少 2017—2020 年');
      } finally {
        await bodyPage.close();
      }
    } finally {
      await w.close();
    }
  });

  it('filters and sorts by links to pages of their own, with no script of its own', async () => {
    const w = await quality();
    try {
      await w.page.getByRole('link', { name: '只看核对不符的报告' }).click();
      await w.page.waitForURL('**/quality/only-failing/');
      const ids = await w.page.locator('.quality-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report')));
      expect(ids).toEqual([ADDED_ID]);

      await w.page.getByRole('link', { name: '2021 年', exact: true }).click();
      await w.page.waitForURL('**/quality/2021/');
      await w.page.locator('.quality-table thead').getByRole('link', { name: '不符' }).click();
      await w.page.waitForURL('**/quality/2021/by-fail/');
      const sorted = await w.page.locator('.quality-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report')));
      expect(sorted[0]).toBe(ADDED_ID);
      expect(await w.page.locator('th[aria-sort="descending"]').innerText()).toBe('不符');

      // The layout's own scripts aside (preferences, the header's body suggestions, on every page
      // alike: the about page's), the page runs nothing.
      const scriptsOf = (page: WatchedPage['page']) => page.evaluate(() => [...document.scripts].map((s) => s.src || 'inline'));
      const about = await quality('about/');
      try {
        expect(await scriptsOf(w.page)).toEqual(await scriptsOf(about.page));
      } finally {
        await about.close();
      }
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });
});

// A report that repeats the same body's report of the year before, one sentence of 存在的主要问题及
// 改进情况 rewritten: its page fails similarity.previousYear and shows, under that section, the
// sentence removed and the one added, labelled, with a link to last year's section; last year's
// page, with no year before it, shows no comparison. Valid HTML, no axe violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { REPO } from '../support/buildSite.ts';
import { type SiteWithReport, buildSiteWithReport } from '../support/siteWithReport.ts';
import { describeInBrowser } from '../support/site.ts';

const OLD = '全年解读政策11个，其中图文解读9个，视频解读2个，实现了视频解读“零”的突破。';
const NEW = '全年解读政策15个，均配发图文解读。';
const lastYear = readFileSync(join(REPO, 'content/reports/ningxia/wuzhong/wuzhong-office-2021.txt'), 'utf8');
const thisYear = lastYear.replaceAll('2021', '2022').replaceAll('2020', '2021').replace(OLD, NEW);

describeInBrowser('what is new against last year’s report', () => {
  const browser = sharedBrowser();
  let site: SiteWithReport | undefined;

  beforeAll(async () => {
    expect(thisYear).toContain(NEW);
    site = await buildSiteWithReport('year-diff', 'ningxia/wuzhong/wuzhong-office-2022', thisYear);
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    await site?.close();
  });

  const url = (path: string) => site?.url(path) ?? path;

  it('shows the sentence removed and the one added under 存在的主要问题及改进情况, and fails the rule', async () => {
    const w = await openPage(browser, url('/reports/ningxia/wuzhong/wuzhong-office-2022/'));
    try {
      const diff = w.page.locator('section.report-section .year-diff');
      await expect(diff.locator('h3').textContent()).resolves.toBe('与 2021 年报告相比');
      // The section's first sentence names the year and the year before: changed with them.
      const opening = (year: number) =>
        `${year}年，我办在推进政府信息公开工作中，坚持问题导向，主攻重点难点，对${year - 1}年政务公开工作中存在的政策解读质量不高、政府网站功能不够优化、政务新媒体管理薄弱等问题进行改进。`;
      expect(await diff.locator('ins').allTextContents()).toEqual([opening(2022), `利用生动活泼、丰富新颖的方式解读政策，${NEW}`]);
      expect(await diff.locator('del').allTextContents()).toEqual([opening(2021), `利用生动活泼、丰富新颖的方式解读政策，${OLD}`]);
      expect(await diff.locator('li .year-diff-label').allTextContents()).toEqual([
        '删去：',
        '新增：',
        '相同：',
        '删去：',
        '新增：',
        '相同：',
      ]);
      expect(await diff.locator('a').first().getAttribute('href')).toMatch(/\/reports\/ningxia\/wuzhong\/wuzhong-office-2021\/#s\d$/);
      const section = await diff.evaluate((el) => el.closest('section')?.querySelector('h2')?.textContent);
      expect(section).toContain('存在的主要问题及改进情况');
      const checks = (await w.page.locator('section:has(> #checks), :has(> #checks)').first().textContent()) ?? '';
      expect(checks).toContain('与上年报告文字相同程度');
      expect(checks).toContain('疑似照搬上年报告');
      expect(await axeViolations(w.page)).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('gives valid HTML', async () => {
    const html = await (await fetch(url('/reports/ningxia/wuzhong/wuzhong-office-2022/'))).text();
    expect(html).toContain('class="year-diff"');
    const report = await new HtmlValidate(config).validateString(html, 'wuzhong-office-2022');
    expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('shows no comparison on last year’s page, which has no year before it', async () => {
    const w = await openPage(browser, url('/reports/ningxia/wuzhong/wuzhong-office-2021/'));
    try {
      expect(await w.page.locator('.year-diff').count()).toBe(0);
    } finally {
      await w.close();
    }
  });
});

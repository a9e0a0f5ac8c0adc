// The harmonised series in the built site: a body with a legacy (2017) and a 2021 report shows one
// line across both, the legacy year's figures marked with the indicator as written, its missing
// carry-over as — (absent, not unknown); /data/series.csv carries the legacy year.
import { afterAll, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/data/csv.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { describeInBrowser, pageUrl, site } from '../support/site.ts';

describeInBrowser('the series in the built site', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  it('draws the body’s trend from its legacy year to its 2021 report, the legacy point noted', async () => {
    const w = await openPage(browser, pageUrl(site('root'), 'agencies/wuzhong/'));
    try {
      const rows = await w.page
        .locator('#trend-received table.chart-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
      expect(rows).toEqual([
        ['2017年', '35', '旧版统计表口径：(一) 收到申请数'],
        ['2021年', '25', ''],
      ]);
      const summary = await w.page
        .locator('table.summary tbody tr')
        .first()
        .evaluate((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, '')));
      expect(summary.slice(0, 3)).toEqual(['2017年†', '35', '—']);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('publishes series.csv with the legacy year and its indicators as written', async () => {
    const response = await fetch(pageUrl(site('root'), 'data/series.csv'), { signal: AbortSignal.timeout(15_000) });
    expect(response.status).toBe(200);
    const rows = parseCsvObjects(await response.text()).filter((r) => r['year'] === '2017');
    expect(rows.map((r) => [r['measure'], r['value'], r['source']])).toContainEqual(['received', '35', '(一) 收到申请数']);
    expect(rows.some((r) => r['measure'] === 'carriedOver')).toBe(false);
  });
});

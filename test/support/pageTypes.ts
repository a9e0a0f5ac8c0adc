// One page of each kind the portal builds, in the state a reader sees it in: search with results, the
// compare page with a comparison drawn, charts drawn. The accessibility and security tests go through
// this list, so that a new kind of page is added in one place.
import type { Page } from 'playwright-core';
import { scrollThrough } from './axe.ts';

export interface PageType {
  name: string;
  /** Below the site's base path. */
  path: string;
  /** The HTTP status the page is answered with. */
  status: number;
  /** Brings the page to the state to check (results shown, charts drawn). */
  ready(page: Page): Promise<void>;
}

const canvasesDrawn = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('figure.chart canvas')].every((c) => (c as HTMLElement).dataset['drawn'] === '1'),
  );

/** Scrolls through the page, then waits until every chart it has is drawn. */
async function chartsDrawn(page: Page): Promise<void> {
  await scrollThrough(page);
  await canvasesDrawn(page);
}

const searchResults = async (page: Page): Promise<void> => {
  await page.locator('#search-results > li').first().waitFor();
  await page.waitForFunction(() => !document.getElementById('search-status')?.textContent?.includes('正在搜索'));
};

const compareResults = async (page: Page): Promise<void> => {
  await page.locator('#compare-results').waitFor({ state: 'visible' });
  await page.locator('#compare-results canvas').waitFor({ state: 'attached' });
  await chartsDrawn(page);
};

const plain = async (): Promise<void> => {};

export const COMPARE_PATH = 'compare/?r=ningxia/wuzhong/litong-2022,ningxia/wuzhong/wuzhong-office-2021,ningxia/guyuan/jingyuan-2020';

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '', status: 200, ready: chartsDrawn },
  { name: 'report (2019/2021 format, with charts)', path: 'reports/ningxia/wuzhong/litong-2022/', status: 200, ready: chartsDrawn },
  { name: 'report (2008 format)', path: 'reports/ningxia/wuzhong/wuzhong-2017/', status: 200, ready: chartsDrawn },
  { name: 'report with lost cells', path: 'reports/ningxia/wuzhong/hongsibu/liuquan-2021/', status: 200, ready: chartsDrawn },
  { name: 'body (trend charts)', path: 'agencies/wuzhong/', status: 200, ready: chartsDrawn },
  { name: 'body list', path: 'agencies/', status: 200, ready: plain },
  { name: 'year', path: 'years/2022/', status: 200, ready: chartsDrawn },
  { name: 'year list', path: 'years/', status: 200, ready: plain },
  { name: 'region', path: 'regions/wuzhongshi/', status: 200, ready: plain },
  { name: 'region tree', path: 'regions/', status: 200, ready: plain },
  { name: 'level', path: 'levels/county/', status: 200, ready: plain },
  { name: 'search with results', path: 'search/?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE', status: 200, ready: searchResults },
  { name: 'quality', path: 'quality/', status: 200, ready: plain },
  { name: 'quality: evaluation by year', path: 'quality/evaluation/', status: 200, ready: plain },
  { name: 'quality: evaluation by region', path: 'quality/evaluation/2022/', status: 200, ready: plain },
  { name: 'data', path: 'data/', status: 200, ready: plain },
  { name: 'compare with results', path: COMPARE_PATH, status: 200, ready: compareResults },
  { name: 'publish', path: 'publish/', status: 200, ready: plain },
  { name: 'about', path: 'about/', status: 200, ready: plain },
  { name: '404', path: 'no-such-page/', status: 404, ready: plain },
];

/** Opens `url` on a page that is already watched, checks its status and brings it to its state. */
export async function visit(page: Page, url: string, type: PageType): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== type.status) throw new Error(`${url} answered HTTP ${response?.status()}, not ${type.status}`);
  await type.ready(page);
}

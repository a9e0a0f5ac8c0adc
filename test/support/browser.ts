// Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (browser
// downloads do not work here). Each launch gets a fresh, temporary user-data dir (Playwright creates
// one per launch and removes it on close), and every page opened with openPage() gets its own
// browser context, so storage such as localStorage never carries over from one test to the next.
//
// openPage() watches the page: console errors, uncaught exceptions, failed or 4xx/5xx requests, and
// any request to a host other than 127.0.0.1 — those are blocked and count as failures, because
// nothing the portal does may leave the site.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/tools/chromium.ts';
import { CHROMIUM_PATH, isCI } from './site.ts';

/** Bounded waits: generous for a loaded machine, but a hang still fails the test. */
export const NAVIGATION_TIMEOUT_MS = 30_000;
export const ACTION_TIMEOUT_MS = 15_000;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}${isCI() ? ' and CI is set, so the browser tests fail rather than skip' : ''}. ` +
        "Install Debian's package: apt-get install chromium (npx playwright install does not work here).",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

export async function closeBrowser(browser: Browser | undefined | null): Promise<void> {
  await browser?.close();
}

export interface SharedBrowser {
  /** The file's browser, launched on first use; a launch that failed fails every test that asks. */
  get(): Promise<Browser>;
  close(): Promise<void>;
}

/**
 * One Chromium per test file, launched by the first test that needs it (not in beforeAll, so that a
 * missing or broken Chromium fails each test with its reason instead of skipping them). Close it in
 * afterAll.
 */
export function sharedBrowser(): SharedBrowser {
  let launching: Promise<Browser> | null = null;
  return {
    get: () => (launching ??= launchBrowser()),
    close: async () => {
      if (launching) await closeBrowser(await launching.catch(() => null));
      launching = null;
    },
  };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught exceptions, in order. */
  consoleErrors: string[];
  /** Requests that failed, were answered 4xx/5xx, or tried to leave 127.0.0.1. */
  failedRequests: string[];
  /** Every request the page made: [resource type, URL]. */
  requests: { type: string; url: string }[];
  close(): Promise<void>;
}

export interface OpenPageOptions {
  javaScriptEnabled?: boolean;
  /** Default 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  viewport?: { width: number; height: number };
}

function isLocal(url: string): boolean {
  if (!/^(https?|wss?):/i.test(url)) return true; // data:, blob:, about: never leave the machine
  return new URL(url).hostname === '127.0.0.1';
}

/** A new context and page, watched, with `url` loaded (no navigation when url is null). */
export async function openPage(from: Browser | SharedBrowser, url: string | null, options: OpenPageOptions = {}): Promise<WatchedPage> {
  const browser = 'get' in from ? await from.get() : from;
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const requests: { type: string; url: string }[] = [];

  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isLocal(request.url())) return route.continue();
    failedRequests.push(`left the site: ${request.method()} ${request.url()}`);
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`uncaught: ${err.message}`));
  page.on('request', (request) => requests.push({ type: request.resourceType(), url: request.url() }));
  page.on('requestfailed', (request) => {
    if (!isLocal(request.url())) return; // already counted as leaving the site
    // A request cut off because the page moved on (a click on a link) is not a broken resource;
    // a missing one is answered 404 and counted below.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    failedRequests.push(`failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  page.on('websocket', (ws) => {
    if (!isLocal(ws.url())) failedRequests.push(`left the site: websocket ${ws.url()}`);
  });

  if (url !== null) {
    const response = await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
    if (!response) throw new Error(`No response for ${url}`);
    if (response.status() !== 200) throw new Error(`${url} answered HTTP ${response.status()}, not 200`);
  }
  return { page, context, consoleErrors, failedRequests, requests, close: () => context.close() };
}

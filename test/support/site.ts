// What the browser project's global setup hands to every test file (vitest provide/inject): the two
// builds of the portal, each served on 127.0.0.1, and whether the browser tests can run at all.
import { describe, inject } from 'vitest';

/** Debian's Chromium; CHROMIUM_PATH overrides it (e.g. to see the browser tests skip or fail without it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export type SiteName = 'root' | 'sub';

export interface BuiltSite {
  name: SiteName;
  /** `/` or `/nianbao/` */
  basePath: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The home page: origin + basePath. */
  url: string;
  /** The build's folder (in the system temp folder). */
  dir: string;
  buildMs: number;
  /** Why this build is not available (the end of the build log), or null. */
  error: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set when the browser tests are skipped (no Chromium and not on CI). */
    'browser:skip': string | null;
    'site:root': BuiltSite | null;
    'site:sub': BuiltSite | null;
  }
}

export function isCI(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** Why the browser tests are skipped in this run, or null when they run. */
export function browserSkipReason(): string | null {
  return inject('browser:skip');
}

/**
 * A describe block for browser tests: skipped, with the reason in its title, when the global setup
 * decided the browser tests cannot run here (never on CI).
 */
export function describeInBrowser(title: string, body: () => void): void {
  const skip = browserSkipReason();
  describe.skipIf(skip !== null)(skip === null ? title : `${title} [skipped: ${skip}]`, body);
}

/** One of the two builds; throws (failing the test) when that build failed. */
export function site(name: SiteName): BuiltSite {
  const s = inject(`site:${name}`);
  if (!s) throw new Error(`The ${name} build was not made in this run (browser tests skipped?).`);
  if (s.error) throw new Error(s.error);
  return s;
}

/** An address on a built site: `site('sub')` + `reports/x/` → `http://127.0.0.1:p/nianbao/reports/x/`. */
export function pageUrl(s: BuiltSite, path = ''): string {
  return new URL(path.replace(/^\//, ''), s.url).href;
}

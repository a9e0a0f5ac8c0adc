// Watching a page for Content-Security-Policy violations: an init script (run by the DevTools
// protocol before any of the page's own scripts, so the policy does not apply to it) records every
// `securitypolicyviolation` event of the document.
import type { BrowserContext, Page } from 'playwright-core';

export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        seen.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || location.href}:${e.lineNumber} (${e.disposition})`,
        ),
      true,
    );
  });
}

/** The violations the page has recorded so far. */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(no recorder on this page)']),
  ]);
}

/** The policy of the page's <meta http-equiv="content-security-policy">, directive → sources. */
export async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.evaluate(() => {
    const metas = document.querySelectorAll('meta[http-equiv="content-security-policy" i]');
    return metas.length === 1 ? (metas[0]!.getAttribute('content') ?? '') : `(${metas.length} policies)`;
  });
  return parsePolicy(content);
}

export function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

// The security headers are written down in three places — src/security/csp.ts (also the source of
// every page's <meta> policy), public/_headers (Netlify, Cloudflare Pages) and the README's nginx
// snippet (in both languages) — and must say the same thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/buildSite.ts';
import { SECURITY_HEADERS, headerPolicy } from '../../src/security/csp.ts';
import { headersFor, parseHeadersFile } from '../../scripts/tools/headersFile.ts';

const expected = { 'Content-Security-Policy': headerPolicy(), ...SECURITY_HEADERS };

describe('the security headers', () => {
  it('forbid inline script, eval, plugins, outside hosts and framing', () => {
    const policy = headerPolicy();
    expect(policy).not.toMatch(/'unsafe-(inline|eval)'/);
    expect(policy).not.toMatch(/https?:|\*/);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "script-src 'self' 'wasm-unsafe-eval'",
    ]) {
      expect(policy).toContain(directive);
    }
  });

  it('are sent for every path by public/_headers, exactly as src/security/csp.ts has them', () => {
    const rules = parseHeadersFile(readFileSync(join(REPO, 'public/_headers'), 'utf8'));
    for (const path of ['/', '/reports/ningxia/wuzhong/litong-2022/', '/pagefind/pagefind.js', '/404.html']) {
      expect(Object.fromEntries(headersFor(rules, path)), path).toEqual(expected);
    }
    // The database alone may also be fetched by other sites' tools (Datasette Lite).
    expect(Object.fromEntries(headersFor(rules, '/data/nianbao.sqlite'))).toEqual({ ...expected, 'Access-Control-Allow-Origin': '*' });
  });

  it('are given in the README as nginx add_header lines, the same in both languages', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const snippets = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(snippets).toHaveLength(2);
    for (const snippet of snippets) {
      const lines = [...snippet.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
      expect(lines.length).toBe(snippet.trim().split('\n').length);
      expect(Object.fromEntries(lines)).toEqual(expected);
    }
  });
});

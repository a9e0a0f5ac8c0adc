// The kept output folder loses exactly what no route made in this build.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneStaleOutput } from '../../src/build/keptOutput.ts';

describe('pruneStaleOutput', () => {
  it('deletes old files no route made, keeps made, new and skipped ones, and drops emptied folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-kept-'));
    const file = (path: string, old: boolean) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), 'x');
      if (old) utimesSync(join(dir, path), new Date(1000), new Date(1000));
      return join(dir, path);
    };
    const reused = file('reports/a/index.html', true);
    file('reports/gone/index.html', true);
    file('favicon.svg', false);
    file('pagefind/old.pf_meta', true);
    const removed = pruneStaleOutput(dir, new Set([reused]), Date.now() - 60_000);
    expect(removed).toEqual(['reports/gone/index.html']);
    expect(existsSync(join(dir, 'reports/gone'))).toBe(false);
    expect(existsSync(reused)).toBe(true);
    expect(existsSync(join(dir, 'favicon.svg'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/old.pf_meta'))).toBe(true);
  });
});

// bench:build weighs a site as the hosts count it and fails it over their limits.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvDataRows, siteWeight } from '../../scripts/bench/build/siteWeight.ts';
import { SITE_BUDGET, checkBudget } from '../../scripts/bench/build/siteBudget.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('site weight', () => {
  it('counts CSV data rows as Excel does: the header and quoted line breaks are not rows', () => {
    expect(csvDataRows(bytes('a,b\n1,2\n3,4\n'))).toBe(2);
    expect(csvDataRows(bytes('a,b\n1,"two\nlines"\n3,4'))).toBe(2);
    expect(csvDataRows(bytes('a,b\n'))).toBe(0);
    expect(csvDataRows(bytes(''))).toBe(0);
  });

  it('adds up bytes and files per top-level folder and finds the largest page, file and CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-weight-'));
    mkdirSync(join(dir, 'reports', 'a'), { recursive: true });
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(10));
    writeFileSync(join(dir, 'reports', 'a', 'index.html'), 'x'.repeat(300));
    writeFileSync(join(dir, 'data', 't.csv'), 'h\n1\n2\n3\n');
    writeFileSync(join(dir, 'data', 'big.json'), 'x'.repeat(500));
    const w = siteWeight(dir);
    expect(w).toMatchObject({ bytes: 818, files: 4 });
    expect(w.folders).toEqual({ '/': { bytes: 10, files: 1 }, reports: { bytes: 300, files: 1 }, data: { bytes: 508, files: 2 } });
    expect(w.largestPage).toEqual({ path: 'reports/a/index.html', bytes: 300 });
    expect(w.largestFile).toEqual({ path: 'data/big.json', bytes: 500 });
    expect(w.longestCsv).toEqual({ path: 'data/t.csv', bytes: 8, rows: 3 });
  });

  it('fails a site over any host or spreadsheet limit, and passes one within them', () => {
    const within = {
      bytes: 1e6,
      files: 40,
      folders: {},
      largestFile: { path: 'a', bytes: 1e5 },
      largestPage: { path: 'p', bytes: 1e5 },
      longestCsv: { path: 'c', bytes: 1, rows: 10 },
    };
    expect(checkBudget(within, 10).every((l) => l.ok)).toBe(true);
    const over = (change: object) =>
      checkBudget({ ...within, ...change }, 10)
        .filter((l) => !l.ok)
        .map((l) => l.what);
    expect(over({ bytes: SITE_BUDGET.siteBytes + 1 })).toEqual(['site size']);
    expect(over({ files: 51 })).toEqual(['files per report']);
    expect(over({ largestFile: { path: 'a', bytes: SITE_BUDGET.fileBytes + 1 } })).toEqual(['largest file']);
    expect(over({ largestPage: { path: 'p', bytes: SITE_BUDGET.pageBytes + 1 } })).toEqual(['largest HTML page']);
    expect(over({ longestCsv: { path: 'c', bytes: 1, rows: 1_048_576 } })).toEqual(['longest CSV']);
  });
});

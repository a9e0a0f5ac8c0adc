// A rebuild takes a report's cross-year checks from the last build when neither it nor the report
// before it changed (both store digests the same), and checks every other pair again.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/parser/index.ts';
import { type CrossYearMemo, type ReportEntry, buildCatalog } from '../../src/portal/catalog.ts';
import { crossYearCache } from '../../src/build/crossYearCache.ts';
import type { Body } from '../../src/schema/body.ts';
import { reportEntry } from '../support/reportEntry.ts';

const registry: Body[] = [
  { slug: 'wuzhong', name: '吴忠市人民政府办公室', aliases: ['吴忠市'], level: 'city', region: ['宁夏回族自治区', '吴忠市'] },
];
const entry = (year: number, digest?: string): ReportEntry => reportEntry(`wz-${year}`, { agency: '吴忠市', year }, digest);
const remembered: Check = {
  rule: 'crossYear.text',
  subject: null,
  status: 'pass',
  expected: null,
  actual: 0.5,
  cells: [],
  message: '上次构建的核对',
};

/** A memo that remembers one pair and notes what it is asked and told. */
function memoOf(pair: [string, string]) {
  const asked: string[] = [];
  const told: string[] = [];
  const memo: CrossYearMemo = {
    get(p, d) {
      asked.push(`${p} ${d}`);
      return p === pair[0] && d === pair[1] ? [remembered] : undefined;
    },
    set(p, d) {
      told.push(`${p} ${d}`);
    },
  };
  return { memo, asked, told };
}

const crossYearOf = (entries: ReportEntry[], memo: CrossYearMemo) =>
  new Map(buildCatalog(entries, registry, '宁夏回族自治区', { crossYearMemo: memo }).reports.map((r) => [r.year, r.crossYear]));

describe('cross-year checks with a memo', () => {
  it('are taken from it for a pair it knows, made and handed to it for the others', () => {
    const { memo, asked, told } = memoOf(['d20', 'd21']);
    const checks = crossYearOf([entry(2020, 'd20'), entry(2021, 'd21'), entry(2022, 'd22')], memo);
    expect(checks.get(2021)).toEqual([remembered]);
    expect(checks.get(2022)).not.toContainEqual(remembered);
    expect(checks.get(2022)?.length).toBeGreaterThan(0);
    expect(asked.sort()).toEqual(['d20 d21', 'd21 d22']);
    expect(told).toEqual(['d21 d22']);
    // The first report has no pair: checked (“no report of the year before”), never asked for.
    expect(checks.get(2020)?.[0]?.status).toBe('uncheckable');
  });

  it('are made without it for a report without a digest', () => {
    const { memo, asked } = memoOf(['d20', 'd21']);
    crossYearOf([entry(2020, 'd20'), entry(2021)], memo);
    expect(asked).toEqual([]);
  });
});

describe('the cross-year checks cache file', () => {
  const fileIn = () => join(mkdtempSync(join(tmpdir(), 'nianbao-cross-year-')), 'cache', 'checks.json');

  it('gives back the pairs saved by the build before, and keeps only those a build used', () => {
    const file = fileIn();
    const first = crossYearCache(file, 'code-1');
    first.set('a', 'b', [remembered]);
    first.set('b', 'c', []);
    first.save();
    const second = crossYearCache(file, 'code-1');
    expect(second.get('a', 'b')).toEqual([remembered]);
    second.save();
    const third = crossYearCache(file, 'code-1');
    expect(third.get('a', 'b')).toEqual([remembered]);
    expect(third.get('b', 'c')).toBeUndefined();
  });

  it('is not read when the code changed, nor when it cannot be read', () => {
    const file = fileIn();
    const first = crossYearCache(file, 'code-1');
    first.set('a', 'b', [remembered]);
    first.save();
    expect(crossYearCache(file, 'code-2').get('a', 'b')).toBeUndefined();
    writeFileSync(file, '{"codeKey": "code-1", "checks": {');
    expect(crossYearCache(file, 'code-1').get('a', 'b')).toBeUndefined();
  });
});

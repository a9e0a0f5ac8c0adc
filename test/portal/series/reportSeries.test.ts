// The harmonised series: each golden in test/fixtures/series/ was written by hand from the report's
// input.txt (the 统计表's year column, or the cells of tables 3 and 4); the series is read from the
// parser's output of that text. Plus: a measure is never 0 where its cells are unknown or absent.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/parser/index.ts';
import type { Cell, LegacyStatisticsRow, ReportFormat, ReviewLitigation, TableRows } from '../../../src/parser/index.ts';
import { MEASURES } from '../../../src/portal/series/measures.ts';
import { indicatorWording } from '../../../src/portal/series/legacyIndicator.ts';
import { type SeriesInput, reportSeries } from '../../../src/portal/series/reportSeries.ts';

const reports = join(import.meta.dirname, '../../fixtures/reports');
const goldens = join(import.meta.dirname, '../../fixtures/series');
const fixtures = readdirSync(goldens).map((f) => f.replace(/\.json$/, ''));

function seriesOfFixture(name: string) {
  const input = readFileSync(join(reports, name, 'input.txt'), 'utf8');
  return reportSeries(parseReport(input, { path: `${name}/input.txt` }));
}

describe('series goldens', () => {
  it('cover every legacy fixture and both modern formats', () => {
    const formats = fixtures.map((name) => parseReport(readFileSync(join(reports, name, 'input.txt'), 'utf8')).format);
    const legacyFixtures = readdirSync(reports).filter((name) => {
      const expected = join(reports, name, 'expected.json');
      return !name.endsWith('.md') && JSON.parse(readFileSync(expected, 'utf8')).format === 'legacy';
    });
    expect(legacyFixtures.length).toBeGreaterThanOrEqual(4);
    for (const name of legacyFixtures) expect(fixtures).toContain(name);
    expect(formats).toContain('2019');
    expect(formats).toContain('2021');
  });

  for (const name of fixtures) {
    it(`${name} gives its hand-written series`, () => {
      const expected = JSON.parse(readFileSync(join(goldens, `${name}.json`), 'utf8'));
      expect(seriesOfFixture(name)).toEqual(expected);
    });
  }
});

describe('legacy wordings', () => {
  it('take off numbering, 其中： and white space, nothing else', () => {
    expect(indicatorWording('其中：1.同意公开答复数')).toBe('同意公开答复数');
    expect(indicatorWording('3、不予公开答复数')).toBe('不予公开答复数');
    expect(indicatorWording('(三) 申请答复数')).toBe('申请答复数');
    expect(indicatorWording('（一）收到申请数')).toBe('收到申请数');
    expect(indicatorWording('四、行政复议数量')).toBe('行政复议数量');
    expect(indicatorWording('4. 不同意公开答复数')).toBe('不同意公开答复数');
    expect(indicatorWording('接受行政诉讼、举报数')).toBe('接受行政诉讼、举报数');
    // Damage of flattened tables: a dash-unit heading run into the row, a number lost to the row before.
    expect(indicatorWording('三、依申请公开情况 —— （一）收到申请数')).toBe('收到申请数');
    expect(indicatorWording('. 同意公开答复数')).toBe('同意公开答复数');
    expect(indicatorWording('一、主动公开情况 ——')).toBe('主动公开情况——');
  });

  it('are each claimed by one measure only', () => {
    const all = MEASURES.flatMap((m) => m.legacy);
    expect(new Set(all).size).toBe(all.length);
  });

  it('read the year column, never 历年累计', () => {
    const row: LegacyStatisticsRow = {
      indicator: '行政复议数',
      unit: '件',
      value: null,
      extra: [{ label: '历年累计', value: 4 }],
      level: 1,
      line: 3,
    };
    const s = reportSeries({ format: 'legacy', applications: null, reviewLitigation: null, legacyStatistics: [row] });
    expect(s.review).toEqual({ value: null, source: { format: 'legacy', indicator: '行政复议数', line: 3 } });
  });

  it('leave a legacy report without a 统计表 with every measure absent', () => {
    const s = reportSeries({ format: 'legacy', applications: null, reviewLitigation: null, legacyStatistics: null });
    for (const m of MEASURES) expect(s[m.key]).toEqual({ value: null, source: null });
  });
});

// Any table of cells drawn from null, a count, or nothing at all (undefined: the row is absent).
const cell = fc.option(fc.nat(50), { nil: null });
const maybeCell = fc.oneof(cell, fc.constant(undefined));
const modernRows = [...new Set(MEASURES.filter((m) => m.table.table === 'applications').flatMap((m) => m.table.rows))];
const applications: fc.Arbitrary<TableRows | null> = fc.option(
  fc.record(Object.fromEntries(modernRows.map((row) => [row, fc.record({ total: maybeCell })]))) as fc.Arbitrary<TableRows>,
  { nil: null },
);
const group = fc.record({ upheld: cell, corrected: cell, other: cell, pending: cell, total: cell });
const reviewLitigation: fc.Arbitrary<ReviewLitigation | null> = fc.option(
  fc.record({ review: group, litigationDirect: group, litigationAfterReview: group }),
  { nil: null },
);
const wordings = MEASURES.flatMap((m) => m.legacy);
const legacyRow: fc.Arbitrary<LegacyStatisticsRow> = fc.record({
  indicator: fc.oneof(
    fc.constantFrom(...wordings),
    fc.constantFrom(...wordings).map((w) => `其中：1. ${w}`),
    fc.string(),
  ),
  unit: fc.constantFrom('件', '条', null),
  value: cell,
  level: fc.integer({ min: 1, max: 3 }),
  line: fc.nat(400),
});
const input: fc.Arbitrary<SeriesInput> = fc.record({
  format: fc.constantFrom<ReportFormat>('2021', '2019', 'legacy', 'unknown'),
  applications,
  reviewLitigation,
  legacyStatistics: fc.option(fc.array(legacyRow, { maxLength: 12 }), { nil: null }),
});

/** The cells a series value was read from, as the source names them. */
function sourceCells(r: SeriesInput, key: (typeof MEASURES)[number]['key']): Cell[] | undefined[] {
  const m = MEASURES.find((x) => x.key === key)!;
  if (r.format === 'legacy') {
    const row = (r.legacyStatistics ?? []).find((x) => m.legacy.includes(indicatorWording(x.indicator)));
    return row ? [row.value] : [undefined];
  }
  const table = r[m.table.table] as Record<string, Record<string, Cell> | undefined> | null;
  return m.table.rows.map((row) => table?.[row]?.[m.table.column] as Cell);
}

describe('never invents a number', () => {
  it('a value is null when any cell it is read from is null or absent, and has no source when the format lacks it', () => {
    fc.assert(
      fc.property(input, (r) => {
        const s = reportSeries(r);
        for (const m of MEASURES) {
          const { value, source } = s[m.key];
          if (r.format === 'unknown') expect(source).toBeNull();
          if (source === null) expect(value).toBeNull();
          if (r.format === 'unknown' || (r.format === 'legacy' && source === null)) continue;
          const cells = sourceCells(r, m.key) as (Cell | undefined)[];
          if (cells.some((c) => c === null || c === undefined)) expect(value).toBeNull();
          else expect(value).toBe((cells as number[]).reduce((a, b) => a + b, 0));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a legacy report has no carry-over measures', () => {
    fc.assert(
      fc.property(fc.option(fc.array(legacyRow, { maxLength: 12 }), { nil: null }), (rows) => {
        const s = reportSeries({ format: 'legacy', applications: null, reviewLitigation: null, legacyStatistics: rows });
        expect(s.carriedOver).toEqual({ value: null, source: null });
        expect(s.carriedForward).toEqual({ value: null, source: null });
      }),
    );
  });
});

// data.repeated: a table whose every known figure is last year's.
import { describe, expect, it } from 'vitest';
import { MIN_KNOWN, repeatedTablesCheck, tableFigures } from '../../../src/portal/evaluation/repeatedTables.ts';
import { applicantsRow } from '../../support/reportEntry.ts';

type Tables = Parameters<typeof repeatedTablesCheck>[0];

function tables(year: number, n: number, extra: Partial<Tables> = {}): Tables {
  return {
    year,
    format: '2021',
    proactive: null,
    applications: { received: applicantsRow(n), granted: applicantsRow(n + 1) },
    reviewLitigation: null,
    legacyStatistics: null,
    ...extra,
  };
}

describe('repeatedTablesCheck', () => {
  it('fails when every known figure equals last year’s', () => {
    const c = repeatedTablesCheck(tables(2021, 7), tables(2022, 7));
    expect(c).toMatchObject({ rule: 'data.repeated', status: 'fail', actual: 14 });
    expect(c.message).toContain('完全相同');
  });

  it('passes when one figure differs', () => {
    const now = tables(2022, 7);
    (now.applications as Record<string, Record<string, number | null>>)['granted']!['naturalPerson'] = 9;
    expect(repeatedTablesCheck(tables(2021, 7), now)).toMatchObject({ status: 'pass', expected: 14, actual: 13 });
  });

  it('passes when this year has a figure last year did not know', () => {
    const before = tables(2021, 7);
    (before.applications as Record<string, Record<string, number | null>>)['received']!['naturalPerson'] = null;
    expect(repeatedTablesCheck(before, tables(2022, 7)).status).toBe('pass');
  });

  it('cannot tell a table of noughts from a copy', () => {
    const c = repeatedTablesCheck(tables(2021, 0), tables(2022, 0));
    // 0 in every cell but 总计 of granted (1) and granted's 自然人: too few non-zero figures.
    expect(c.status).toBe('uncheckable');
    expect(c.message).toContain('太少');
  });

  it('cannot check too few known figures', () => {
    const few: Partial<Tables> = { applications: { received: { naturalPerson: 5, total: 5 } } };
    expect(tableFigures(tables(2022, 0, few)).size).toBeLessThan(MIN_KNOWN);
    expect(repeatedTablesCheck(tables(2021, 0, few), tables(2022, 0, few)).status).toBe('uncheckable');
  });

  it('cannot compare tables of two formats', () => {
    expect(repeatedTablesCheck(tables(2020, 7, { format: '2019' }), tables(2021, 7)).status).toBe('uncheckable');
  });

  it('compares legacy tables by indicator, never counting a blank as 0', () => {
    const legacy = (values: (number | null)[]): Tables => ({
      ...tables(2015, 0),
      format: 'legacy',
      applications: null,
      legacyStatistics: values.map((value, i) => ({ indicator: `（${i + 1}）指标${i}`, unit: '件', value, level: 1, line: i + 1 })),
    });
    const values = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    expect(repeatedTablesCheck(legacy(values), legacy(values)).status).toBe('fail');
    expect(repeatedTablesCheck(legacy(values), legacy([...values.slice(0, 9), null])).status).toBe('uncheckable');
    expect(repeatedTablesCheck(legacy(values), legacy([...values.slice(0, 9), 15])).status).toBe('pass');
  });
});

// outlier.yearOverYear: a jump over 5× or under 1/5, both years at least 20, asked as a question.
import { describe, expect, it } from 'vitest';
import { yearOverYearChecks } from '../../../src/portal/evaluation/yearOverYear.ts';
import { reportSeries } from '../../../src/portal/series/reportSeries.ts';
import { applicantsRow } from '../../support/reportEntry.ts';

function series(received: number | null) {
  return reportSeries({
    format: '2021',
    applications: { received: applicantsRow(received) },
    reviewLitigation: null,
    legacyStatistics: null,
  });
}

const received = (prev: number | null, now: number | null) =>
  yearOverYearChecks({ year: 2021, series: series(prev) }, { year: 2022, series: series(now) }).find((c) => c.subject === 'received');

describe('yearOverYearChecks', () => {
  it('asks about a figure over five times last year’s', () => {
    const c = received(20, 101);
    expect(c).toMatchObject({
      rule: 'outlier.yearOverYear',
      status: 'fail',
      expected: 20,
      actual: 101,
      cells: ['applications.received.total'],
    });
    expect(c?.message).toContain('是否属实？');
  });

  it('asks about a figure under a fifth of last year’s', () => {
    expect(received(101, 20)?.status).toBe('fail');
  });

  it('passes exactly five times, and small counts', () => {
    expect(received(20, 100)?.status).toBe('pass');
    expect(received(19, 500)?.status).toBe('pass');
    expect(received(500, 19)?.status).toBe('pass');
  });

  it('cannot check without last year’s figure or this year’s', () => {
    expect(received(null, 100)?.status).toBe('uncheckable');
    expect(received(100, null)?.status).toBe('uncheckable');
  });

  it('checks only the measures the report’s format has', () => {
    const legacy = reportSeries({ format: 'legacy', applications: null, reviewLitigation: null, legacyStatistics: [] });
    expect(yearOverYearChecks({ year: 2014, series: legacy }, { year: 2015, series: legacy })).toEqual([]);
  });
});

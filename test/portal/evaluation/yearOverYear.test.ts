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

const checks = (prev: number | null, now: number | null) =>
  yearOverYearChecks({ year: 2021, series: series(prev) }, { year: 2022, series: series(now) });
const received = (prev: number | null, now: number | null) => checks(prev, now).find((c) => c.subject === 'received');

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

  it('passes exactly five times, and small counts, in one check for all measures', () => {
    for (const [prev, now] of [
      [20, 100],
      [19, 500],
      [500, 19],
    ])
      expect(checks(prev as number, now as number)).toMatchObject([
        {
          rule: 'outlier.yearOverYear',
          subject: 'measures',
          status: 'pass',
          message: '1 项指标与 2021 年度相比，变化都在 5 倍以内（或数字较小）。',
        },
      ]);
  });

  it('gives one check per jumping measure and no pass beside them', () => {
    expect(checks(20, 101).map((c) => `${c.subject} ${c.status}`)).toEqual(['received fail']);
  });

  it('cannot check without last year’s figure or this year’s', () => {
    expect(checks(null, 100)).toMatchObject([{ subject: 'measures', status: 'uncheckable' }]);
    expect(checks(100, null)).toMatchObject([{ subject: 'measures', status: 'uncheckable' }]);
  });

  it('checks only the measures the report’s format has', () => {
    const legacy = reportSeries({ format: 'legacy', applications: null, reviewLitigation: null, legacyStatistics: [] });
    expect(yearOverYearChecks({ year: 2014, series: legacy }, { year: 2015, series: legacy })).toEqual([]);
  });
});

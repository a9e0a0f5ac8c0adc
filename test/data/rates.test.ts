// The key rates: computed only from known figures and a denominator of at least 5, always with
// their numerator and denominator.
import { describe, expect, it } from 'vitest';
import type { ReviewLitigation, TableRows } from '../../src/parser/index.ts';
import {
  MIN_DENOMINATOR,
  disclosureRate,
  keyRates,
  litigationCorrectionRate,
  percentText,
  rateOf,
  reviewCorrectionRate,
} from '../../src/data/rates.ts';

const applications = (granted: number | null, partial: number | null, total: number | null): TableRows => ({
  granted: { total: granted },
  partiallyGranted: { total: partial },
  processedTotal: { total: total },
});

const group = (corrected: number | null, total: number | null) => ({ upheld: 0, corrected, other: 0, pending: 0, total });
const review = (
  r: [number | null, number | null],
  d: [number | null, number | null],
  a: [number | null, number | null],
): ReviewLitigation => ({
  review: group(...r),
  litigationDirect: group(...d),
  litigationAfterReview: group(...a),
});

describe('实质公开率', () => {
  it('is (予以公开 + 部分公开) / 总计 from the total column', () => {
    expect(disclosureRate(applications(6, 2, 16))).toEqual({ numerator: 8, denominator: 16, value: 0.5, status: 'computed' });
  });

  it('is computed at a denominator of exactly 5 and not below it', () => {
    expect(disclosureRate(applications(1, 1, MIN_DENOMINATOR)).value).toBeCloseTo(0.4);
    expect(disclosureRate(applications(1, 1, MIN_DENOMINATOR - 1))).toEqual({ numerator: 2, denominator: 4, value: null, status: 'small' });
  });

  it('is not computed when a part is unknown, and keeps what is known', () => {
    expect(disclosureRate(applications(null, 2, 16))).toEqual({ numerator: null, denominator: 16, value: null, status: 'unknown' });
    expect(disclosureRate(applications(6, 2, null))).toEqual({ numerator: 8, denominator: null, value: null, status: 'unknown' });
  });

  it('says the table is missing rather than unknown when a report has no table 3', () => {
    expect(disclosureRate(null).status).toBe('noTable');
    expect(disclosureRate({}).status).toBe('unknown');
  });
});

describe('纠错率', () => {
  it('of review is 结果纠正 / 总计 of the review group', () => {
    expect(reviewCorrectionRate(review([3, 12], [0, 0], [0, 0]))).toMatchObject({ numerator: 3, denominator: 12, value: 0.25 });
  });

  it('of litigation adds the direct and after-review groups', () => {
    expect(litigationCorrectionRate(review([0, 0], [1, 6], [2, 4]))).toMatchObject({ numerator: 3, denominator: 10, value: 0.3 });
  });

  it('of litigation is unknown when either group is unknown', () => {
    expect(litigationCorrectionRate(review([0, 0], [1, 6], [null, 4])).status).toBe('unknown');
  });

  it('is not computed over a total of 0', () => {
    expect(reviewCorrectionRate(review([0, 0], [0, 0], [0, 0]))).toEqual({ numerator: 0, denominator: 0, value: null, status: 'small' });
  });
});

describe('keyRates and percentText', () => {
  it('gives the three rates of a report', () => {
    const rates = keyRates({ applications: applications(5, 0, 10), reviewLitigation: null });
    expect(Object.keys(rates)).toEqual(['disclosure', 'reviewCorrection', 'litigationCorrection']);
    expect(rates.reviewCorrection.status).toBe('noTable');
  });

  it('prints a rate in percent with one decimal', () => {
    expect(percentText(rateOf(6, 13).value ?? NaN)).toBe('46.2%');
    expect(percentText(0)).toBe('0.0%');
  });
});

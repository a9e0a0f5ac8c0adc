// The key rates a comparison shows, each with its numerator and denominator. A rate is given only
// when both are known and the denominator is at least MIN_DENOMINATOR: a rate of 1 in 2 says little.
// Pure: used by the compare download, the compare page's script and the peers' ranks (reportRates:
// one rate per report wherever it is shown).
import type { Cell, ReviewLitigation, TableRows } from '../parser/index.ts';
import { type SeriesInput, reportSeries } from '../portal/series/reportSeries.ts';

/** Below this denominator no rate is computed. */
export const MIN_DENOMINATOR = 5;

/** computed; noTable: the report has no such table; unknown: a needed cell is unknown; small: denominator < MIN_DENOMINATOR. */
export type RateStatus = 'computed' | 'noTable' | 'unknown' | 'small';

export interface Rate {
  numerator: Cell;
  denominator: Cell;
  /** A fraction (0.25 for 25 %), or null when not computed. */
  value: number | null;
  status: RateStatus;
}

export const RATE_KEYS = ['disclosure', 'reviewCorrection', 'litigationCorrection'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export const RATE_LABELS: Record<RateKey, string> = {
  disclosure: '实质公开率',
  reviewCorrection: '行政复议纠错率',
  litigationCorrection: '行政诉讼纠错率',
};

/** How each rate is made, in words, for captions and the data page. */
export const RATE_DEFINITIONS: Record<RateKey, string> = {
  disclosure: '（予以公开 + 部分公开）÷ 办理结果总计（表三“总计”栏；旧版统计表为（同意公开 + 同意部分公开）÷ 申请答复数）',
  reviewCorrection: '行政复议“结果纠正”÷ 行政复议“总计”',
  litigationCorrection: '行政诉讼“结果纠正”÷ 行政诉讼“总计”（未经复议直接起诉与复议后起诉合计）',
};

function sum(cells: (Cell | undefined)[]): Cell {
  let total = 0;
  for (const c of cells) {
    if (c === null || c === undefined) return null;
    total += c;
  }
  return total;
}

/** A rate from its parts; `present` false when the report lacks the table altogether. */
export function rateOf(numerator: Cell, denominator: Cell, present = true): Rate {
  if (!present) return { numerator: null, denominator: null, value: null, status: 'noTable' };
  if (numerator === null || denominator === null) return { numerator, denominator, value: null, status: 'unknown' };
  if (denominator < MIN_DENOMINATOR) return { numerator, denominator, value: null, status: 'small' };
  return { numerator, denominator, value: numerator / denominator, status: 'computed' };
}

/** 实质公开率: (予以公开 + 部分公开) / 总计, all from table 3's 总计 column. */
export function disclosureRate(applications: TableRows | null): Rate {
  const total = (row: string): Cell | undefined => applications?.[row]?.total;
  return rateOf(sum([total('granted'), total('partiallyGranted')]), total('processedTotal') ?? null, applications !== null);
}

/** 行政复议纠错率: 结果纠正 / 总计 of the review group. */
export function reviewCorrectionRate(rl: ReviewLitigation | null): Rate {
  return rateOf(rl?.review.corrected ?? null, rl?.review.total ?? null, rl !== null);
}

/** 行政诉讼纠错率: 结果纠正 / 总计 over both litigation groups (direct and after review). */
export function litigationCorrectionRate(rl: ReviewLitigation | null): Rate {
  return rateOf(
    sum([rl?.litigationDirect.corrected, rl?.litigationAfterReview.corrected]),
    sum([rl?.litigationDirect.total, rl?.litigationAfterReview.total]),
    rl !== null,
  );
}

export function keyRates(report: { applications: TableRows | null; reviewLitigation: ReviewLitigation | null }): Record<RateKey, Rate> {
  return {
    disclosure: disclosureRate(report.applications),
    reviewCorrection: reviewCorrectionRate(report.reviewLitigation),
    litigationCorrection: litigationCorrectionRate(report.reviewLitigation),
  };
}

/** 46.2% — one decimal, for a computed rate. */
export function percentText(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Why a rate is not shown, in words. */
export const RATE_STATUS_TEXT: Record<Exclude<RateStatus, 'computed'>, string> = {
  noTable: '报告无此表',
  unknown: '数字未知，不计算',
  small: `分母小于 ${MIN_DENOMINATOR}，不计算`,
};

/**
 * A report's rates as the portal shows them: 实质公开率 from the harmonised series ((予以公开 + 部分公开) ÷
 * 办理总计), so that a legacy 统计表 has one too (its 同意公开 may be narrower than a later 予以公开: see
 * series/measures.ts; for 2019 and 2021 reports it is disclosureRate exactly); the two 纠错率 from table 4,
 * which no legacy table has (no 结果纠正).
 */
export function reportRates(report: SeriesInput): Record<RateKey, Rate> {
  const { granted, partiallyGranted, processed } = reportSeries(report);
  const disclosure = rateOf(sum([granted.value, partiallyGranted.value]), processed.value, processed.source !== null);
  return { ...keyRates(report), disclosure };
}

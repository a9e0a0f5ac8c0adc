// One year at a glance (the home page and each year's page): the reports in against those the
// registered bodies owe, and how many came late; the applications received and how they ended;
// administrative review and litigation with their correction rates; the reports whose figures break
// their own rules. Every total adds the figures the reports state and says how many reports left the
// figure unknown (never counted as 0) and how many have no such figure at all (a legacy 统计表).
import type { Cell } from '../parser/index.ts';
import type { Catalog, CatalogReport } from '../portal/catalog.ts';
import type { BodyCoverage } from '../portal/expectedReports.ts';
import { seriesOfReport } from '../portal/figures.ts';
import { qualityRow } from '../portal/quality.ts';
import { reportFlags } from '../portal/evaluation/reportFlags.ts';
import { keyRates, rateOf } from '../data/rates.ts';
import { lacksMeasure } from '../portal/series/reportSeries.ts';
import { outcomeParts } from './reportPage/chartData.ts';

/** A year's total of one figure over its reports. */
export interface YearTotal {
  /** The sum of the figures the reports state. */
  sum: number;
  /** Reports whose figure is stated (they make the sum). */
  known: number;
  /** Reports whose figure is lost or unreadable: not in the sum. */
  unknown: number;
  /** Reports whose format has no such figure (a legacy 统计表 has no 无法提供 row): not in the sum. */
  absent: number;
}

export interface GlancePart {
  label: string;
  total: YearTotal;
}

export interface YearRate {
  /** Summed over the reports that state both figures (the report's own rate, rates.ts, is made of them). */
  numerator: number;
  denominator: number;
  reports: number;
  /** A fraction; null below rates.ts's MIN_DENOMINATOR (a rate of 1 in 2 says little). */
  value: number | null;
}

export interface CasesGlance {
  total: YearTotal;
  /** 结果维持, 结果纠正, 其他结果, 尚未审结 (table 4 of the 2019 and 2021 formats). */
  outcomes: GlancePart[];
  correction: YearRate;
}

export interface YearGlance {
  year: number;
  reports: {
    /** Reports of the year on the portal, registered bodies or not. */
    count: number;
    /** Registered bodies that owe a report of the year; null when the year is outside the portal's range. */
    expected: number | null;
    /** Of those, the ones whose report is on the portal, and the ones whose is not. */
    registeredIn: number;
    missing: number;
    onTime: number;
    late: number;
    /** Publication date or the body's level unknown: timeliness not judged. */
    timelinessUnknown: number;
  };
  applications: {
    received: YearTotal;
    processed: YearTotal;
    outcomes: GlancePart[];
  };
  review: CasesGlance;
  litigation: CasesGlance;
  checks: {
    /** At least one rule broken (its own or against the year before). */
    failing: number;
    /** None broken, at least one not checkable. */
    uncheckable: number;
    allPassed: number;
  };
}

/** A report's figure: a number, unknown (null), or absent from its format. */
type Figure = Cell | 'absent';

function yearTotal(figures: readonly Figure[]): YearTotal {
  const t: YearTotal = { sum: 0, known: 0, unknown: 0, absent: 0 };
  for (const f of figures) {
    if (f === 'absent') t.absent++;
    else if (f === null) t.unknown++;
    else {
      t.sum += f;
      t.known++;
    }
  }
  return t;
}

/** The series' value of a measure, absent where the report's format has no source for it. */
function seriesFigure(r: CatalogReport, key: 'received' | 'processed' | 'review' | 'litigation'): Figure {
  const m = seriesOfReport(r.data)[key];
  return lacksMeasure(r.data, m) ? 'absent' : m.value;
}

const OUTCOME_LABELS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'] as const;

/** How the report's applications ended: table 3's outcome rows; a legacy report states only the first three. */
function outcomeFigures(r: CatalogReport): Figure[] {
  if (r.data.applications) return outcomeParts(r.data.applications).map((p) => p.value);
  if (r.data.format !== 'legacy') return OUTCOME_LABELS.map(() => null);
  const s = seriesOfReport(r.data);
  const legacy = (key: 'granted' | 'partiallyGranted' | 'denied'): Figure => (lacksMeasure(r.data, s[key]) ? 'absent' : s[key].value);
  return [legacy('granted'), legacy('partiallyGranted'), legacy('denied'), 'absent', 'absent', 'absent'];
}

const CASE_COLUMNS = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
] as const;

type CaseGroup = 'review' | 'litigationDirect' | 'litigationAfterReview';

/** A column of table 4 summed over the report's groups; null if any is unknown; absent without table 4. */
function caseFigure(r: CatalogReport, groups: readonly CaseGroup[], column: string): Figure {
  const rl = r.data.reviewLitigation;
  if (!rl) return r.data.format === 'legacy' ? 'absent' : null;
  let sum = 0;
  for (const g of groups) {
    const v = rl[g][column];
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

function casesGlance(reports: readonly CatalogReport[], measure: 'review' | 'litigation'): CasesGlance {
  const groups: CaseGroup[] = measure === 'review' ? ['review'] : ['litigationDirect', 'litigationAfterReview'];
  const rate: YearRate = { numerator: 0, denominator: 0, reports: 0, value: null };
  for (const r of reports) {
    const { numerator, denominator } = keyRates(r.data)[measure === 'review' ? 'reviewCorrection' : 'litigationCorrection'];
    if (numerator === null || denominator === null) continue;
    rate.numerator += numerator;
    rate.denominator += denominator;
    rate.reports++;
  }
  rate.value = rateOf(rate.numerator, rate.denominator).value;
  return {
    total: yearTotal(reports.map((r) => seriesFigure(r, measure))),
    outcomes: CASE_COLUMNS.map(([column, label]) => ({ label, total: yearTotal(reports.map((r) => caseFigure(r, groups, column))) })),
    correction: rate,
  };
}

/**
 * The year at a glance. `coverage` is the registry's bodies with the years they have (expectedReports),
 * or null when the year is outside the portal's range: then nothing is owed, and nothing is missing.
 */
export function yearGlance(catalog: Catalog, year: number, coverage: readonly BodyCoverage[] | null): YearGlance {
  const reports = catalog.reports.filter((r) => r.year === year);
  const timeliness = { onTime: 0, late: 0, unknown: 0 };
  for (const r of reports) timeliness[reportFlags(r).timeliness.kind]++;
  const registeredIn = coverage ? coverage.filter((c) => c.present.includes(year)).length : 0;
  const checks = { failing: 0, uncheckable: 0, allPassed: 0 };
  for (const r of reports) {
    const q = qualityRow(r);
    if (q.fail > 0) checks.failing++;
    else if (q.uncheckable > 0) checks.uncheckable++;
    else checks.allPassed++;
  }
  const outcomes = reports.map(outcomeFigures);
  return {
    year,
    reports: {
      count: reports.length,
      expected: coverage ? coverage.length : null,
      registeredIn,
      missing: coverage ? coverage.length - registeredIn : 0,
      onTime: timeliness.onTime,
      late: timeliness.late,
      timelinessUnknown: timeliness.unknown,
    },
    applications: {
      received: yearTotal(reports.map((r) => seriesFigure(r, 'received'))),
      processed: yearTotal(reports.map((r) => seriesFigure(r, 'processed'))),
      outcomes: OUTCOME_LABELS.map((label, i) => ({ label, total: yearTotal(outcomes.map((o) => o[i] ?? null)) })),
    },
    review: casesGlance(reports, 'review'),
    litigation: casesGlance(reports, 'litigation'),
    checks,
  };
}

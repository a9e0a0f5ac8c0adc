// The evaluators' rules that compare a report with the same body's report of the year before
// (data.repeated, outlier.yearOverYear); without that report, one uncheckable check for each rule.
// The catalog adds them to the report's crossYear checks.
import type { Check } from '../../parser/index.ts';
import type { ReportEntryData } from '../../schema/report.ts';
import { seriesOfReport } from '../figures.ts';
import { REPEATED_RULE, repeatedTablesCheck } from './repeatedTables.ts';
import { OUTLIER_RULE, yearOverYearChecks } from './yearOverYear.ts';

export function previousYearChecks(previous: ReportEntryData | undefined, current: ReportEntryData): Check[] {
  if (current.format === 'unknown') return [];
  if (!previous || previous.year === null || current.year === null || previous.year !== current.year - 1) {
    const message = '没有同一机关上一年度的报告，无法比较。';
    const none = (rule: string): Check => ({
      rule,
      subject: null,
      status: 'uncheckable',
      expected: null,
      actual: null,
      cells: [],
      message,
    });
    return [none(REPEATED_RULE), none(OUTLIER_RULE)];
  }
  return [
    repeatedTablesCheck(previous, current),
    ...yearOverYearChecks(
      { year: previous.year, series: seriesOfReport(previous) },
      { year: current.year, series: seriesOfReport(current) },
    ),
  ];
}

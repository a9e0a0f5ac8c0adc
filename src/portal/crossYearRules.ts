// Rules across one body's reports of consecutive years (crossYear.* of the spec).
import { APPLICATION_COLUMNS, APPLICATION_COLUMN_LABELS, type Cell, type Check, equationCheck } from '../parser/index.ts';
import type { ReportEntryData } from '../schema/report.ts';
import { similarityChecks } from './similarity/previousYearRule.ts';

/** This year's 上年结转 equals last year's 结转下年度, column by column. */
export function carryOverRule(previous: ReportEntryData, current: ReportEntryData): Check[] {
  if (!previous.applications || !current.applications) return [];
  return APPLICATION_COLUMNS.map((c) =>
    equationCheck(
      'crossYear.carryOver',
      c,
      previous.applications?.carriedForward?.[c] ?? null,
      current.applications?.carriedOver?.[c] ?? null,
      [`applications.carriedOver.${c}`],
      `${current.year} 年“上年结转”${APPLICATION_COLUMN_LABELS[c]}栏应等于 ${previous.year} 年“结转下年度继续办理”`,
    ),
  );
}

/** 2021 format: 现行有效件数 = last year's + 本年制发 − 本年废止 (a warning only: a repeal can predate). */
export function inForceRule(previous: ReportEntryData, current: ReportEntryData): Check[] {
  if (current.format !== '2021' || previous.format !== '2021' || !previous.proactive || !current.proactive) return [];
  return ['regulations', 'normativeDocuments'].map((row) => {
    const before: Cell = previous.proactive?.[row]?.inForce ?? null;
    const issued: Cell = current.proactive?.[row]?.issued ?? null;
    const repealed: Cell = current.proactive?.[row]?.repealed ?? null;
    const expected = before === null || issued === null || repealed === null ? null : before + issued - repealed;
    return equationCheck(
      'crossYear.inForce',
      row,
      expected,
      current.proactive?.[row]?.inForce ?? null,
      [`proactive.${row}.inForce`, `proactive.${row}.issued`, `proactive.${row}.repealed`],
      `${row === 'regulations' ? '规章' : '规范性文件'}现行有效件数应等于上年现行有效件数加本年制发减本年废止（废止的文件可能早于统计，仅作提示）`,
    );
  });
}

/** Both rules for a report and the same body's report of the year before, if there is one. */
export function crossYearChecks(previous: ReportEntryData | undefined, current: ReportEntryData): Check[] {
  if (!previous || previous.year === null || current.year === null || previous.year !== current.year - 1)
    return similarityChecks(previous, current);
  return [...carryOverRule(previous, current), ...inForceRule(previous, current), ...similarityChecks(previous, current)];
}

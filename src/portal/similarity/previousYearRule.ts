// similarity.previousYear: how much of a report's readable text was already in the same body's
// report of the year before. The measure is containment: the share of this year's distinct character
// 5-grams (normalised text: half-width, no white space or punctuation) found in last year's text.
// A section is measured against last year's whole text, so that a sentence moved between sections,
// or a heading the parser did not recognise last year, still counts as last year's.
// Two checks: the whole text (subject `text`) and 存在的主要问题及改进情况 (`problems`); each fails at
// 0.90 or more (compared after rounding to two decimals, as shown). Too little text to compare —
// under MIN_TEXT_CHARS in either year, or under MIN_SECTION_CHARS in this year's section — and no
// report of exactly the year before are uncheckable.
import type { Check, SectionKey } from '../../parser/index.ts';
import type { ReportEntryData } from '../../schema/report.ts';
import { type Comparison, type TextGrams, compareTexts, textGramsOf } from './compareTexts.ts';
import { SECTION_LABELS } from './sectionLabels.ts';

const rule = 'similarity.previousYear';
export const SIMILARITY_RULE = rule;
/** At or above this share the text counts as copied from last year's. */
export const COPIED_SHARE = 0.9;
/** Normalised characters a whole report needs (in both years): a report of tables alone has fewer. */
export const MIN_TEXT_CHARS = 200;
/** Normalised characters this year's section needs: a stock line such as 本年度无收费 is alike in every report. */
export const MIN_SECTION_CHARS = 30;

const THRESHOLD = `≥ ${COPIED_SHARE.toFixed(2)} 视为照搬`;
const PROBLEMS_LABEL = `“${SECTION_LABELS.problems}”一节`;

function check(subject: 'text' | 'problems', status: Check['status'], actual: number | null, message: string): Check {
  return { rule: SIMILARITY_RULE, subject, status, expected: `< ${COPIED_SHARE.toFixed(2)}`, actual, cells: [], message };
}

/** A share rounded to two decimals, as checks and pages show it. */
function rounded(share: number): number {
  return Math.round(share * 100) / 100;
}

function sectionShares(now: Comparison): string {
  const parts: string[] = [];
  for (const key of Object.keys(SECTION_LABELS) as SectionKey[]) {
    const section = now.sections.get(key);
    if (section && section.length >= MIN_SECTION_CHARS && section.share !== null)
      parts.push(`${SECTION_LABELS[key]} ${rounded(section.share).toFixed(2)}`);
  }
  return parts.length > 0 ? `各部分：${parts.join('，')}。` : '';
}

function wholeCheck(now: Comparison, before: TextGrams, year: number): Check {
  if (now.own.length < MIN_TEXT_CHARS)
    return check('text', 'uncheckable', null, `本年报告可比较的文字不足 ${MIN_TEXT_CHARS} 字（不计表格），无法与 ${year} 年报告比较。`);
  if (before.length < MIN_TEXT_CHARS)
    return check('text', 'uncheckable', null, `${year} 年报告可比较的文字不足 ${MIN_TEXT_CHARS} 字（不计表格），无法比较。`);
  const share = rounded(now.whole ?? 0);
  // A pass says what was measured and leaves the figure to `actual`: one message for every report
  // of a year, where a figure in it made ten thousand distinct messages for the database to keep.
  if (share < COPIED_SHARE)
    return check(
      'text',
      'pass',
      share,
      `全文与 ${year} 年报告的相同程度低于 ${COPIED_SHARE.toFixed(2)}（本年文字的五字片段见于上年报告的比例）。`,
    );
  return check(
    'text',
    'fail',
    share,
    `全文与 ${year} 年报告的相同程度为 ${share.toFixed(2)}（本年文字的五字片段见于上年报告的比例，${THRESHOLD}），疑似照搬上年报告。${sectionShares(now)}`,
  );
}

function problemsCheck(now: Comparison, before: TextGrams, year: number): Check {
  const section = now.sections.get('problems');
  if (!section) return check('problems', 'uncheckable', null, `本年报告中未找到${PROBLEMS_LABEL}，无法与 ${year} 年报告比较。`);
  if (section.length < MIN_SECTION_CHARS)
    return check('problems', 'uncheckable', null, `本年${PROBLEMS_LABEL}的文字不足 ${MIN_SECTION_CHARS} 字，无法与 ${year} 年报告比较。`);
  if (before.length < MIN_TEXT_CHARS)
    return check(
      'problems',
      'uncheckable',
      null,
      `${year} 年报告可比较的文字不足 ${MIN_TEXT_CHARS} 字（不计表格），无法比较${PROBLEMS_LABEL}。`,
    );
  const share = rounded(section.share ?? 0);
  if (share < COPIED_SHARE)
    return check('problems', 'pass', share, `${PROBLEMS_LABEL}与 ${year} 年报告的相同程度低于 ${COPIED_SHARE.toFixed(2)}。`);
  return check(
    'problems',
    'fail',
    share,
    `${PROBLEMS_LABEL}与 ${year} 年报告的相同程度为 ${share.toFixed(2)}（${THRESHOLD}），疑似照搬上年。`,
  );
}

/** The checks of a report against the same body's report of the year before (`previous`, if any). */
export function similarityChecks(previous: ReportEntryData | undefined, current: ReportEntryData): Check[] {
  if (!previous || current.year === null || previous.year !== current.year - 1) {
    const before = current.year === null ? '上一年度' : ` ${current.year - 1} 年`;
    return [check('text', 'uncheckable', null, `没有同一机关${before}的报告，无法比较两年文字是否相同。`)];
  }
  const before = textGramsOf(previous);
  const now = compareTexts(current, before.grams);
  return [wholeCheck(now, before, previous.year), problemsCheck(now, before, previous.year)];
}

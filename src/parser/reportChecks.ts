// The checks of a report (勾稽关系 and the other rules), from its parsed fields alone. parseReport
// runs them; a store of parsed reports can leave the checks out and run them again when it needs them.
import type { Block, Check, Report } from './types.ts';
import { balanceRule } from './rules/balanceRule.ts';
import { outcomesRule } from './rules/outcomesRule.ts';
import { rowTotalRule } from './rules/rowTotalRule.ts';
import { groupTotalRule } from './rules/groupTotalRule.ts';
import { countsRule } from './rules/countsRule.ts';
import { periodRule } from './rules/periodRule.ts';
import { textRule } from './rules/textRule.ts';

export type CheckedFields = Pick<Report, 'year' | 'period' | 'preamble' | 'sections' | 'proactive' | 'applications' | 'reviewLitigation'>;

export function reportChecks(report: CheckedFields): Check[] {
  const checks: Check[] = [];
  if (report.applications) {
    append(checks, balanceRule(report.applications));
    append(checks, outcomesRule(report.applications));
    append(checks, rowTotalRule(report.applications));
  }
  if (report.reviewLitigation) append(checks, groupTotalRule(report.reviewLitigation));
  append(checks, countsRule(report));
  checks.push(periodRule(report.period, report.year));
  if (report.applications) append(checks, textRule(proseOf(report), report.applications));
  return checks;
}

function append(checks: Check[], more: Check[]): void {
  for (const c of more) checks.push(c);
}

/** The report's paragraphs and subheadings, one line each; other blocks leave an empty line. */
function proseOf(report: CheckedFields): string {
  const lines: string[] = [];
  for (const b of report.preamble) lines.push(proseLine(b));
  for (const s of report.sections) for (const b of s.blocks) lines.push(proseLine(b));
  return lines.join('\n');
}

function proseLine(b: Block): string {
  return b.type === 'paragraph' || b.type === 'subheading' ? b.text : '';
}

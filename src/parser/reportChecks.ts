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
    checks.push(...balanceRule(report.applications), ...outcomesRule(report.applications), ...rowTotalRule(report.applications));
  }
  if (report.reviewLitigation) checks.push(...groupTotalRule(report.reviewLitigation));
  checks.push(...countsRule(report));
  checks.push(periodRule(report.period, report.year));
  if (report.applications) checks.push(...textRule(proseOf([...report.preamble, ...report.sections.flatMap((s) => s.blocks)]), report.applications));
  return checks;
}

function proseOf(blocks: Block[]): string {
  return blocks.map((b) => (b.type === 'paragraph' || b.type === 'subheading' ? b.text : '')).join('\n');
}

// Every check of a report (its own and the cross-year ones), numbered once so that the checks
// panel and the table cells it names can point at each other.
import type { Cell, Check, CheckStatus } from '../../parser/index.ts';

export const RULE_LABELS: Record<string, string> = {
  'applications.balance': '表内平衡（第一项加第二项之和等于第三项加第四项之和）',
  'applications.outcomes': '办理结果合计',
  'applications.rowTotal': '行合计',
  'reviewLitigation.groupTotal': '复议诉讼合计',
  'counts.nonNegativeInteger': '件数为非负整数',
  'period.matchesYear': '统计期限与年度一致',
  'text.matchesTable': '正文数字与表格一致',
  'crossYear.carryOver': '上年结转与上年报告一致',
  'crossYear.inForce': '现行有效件数衔接',
  'similarity.previousYear': '与上年报告文字相同程度',
  'timeliness.deadline': '按时发布（法定期限）',
  'data.repeated': '表格数字与上年完全相同',
  'outlier.yearOverYear': '与上年相比变化异常（待核实）',
};

/** Rules whose failure is a question to ask the body, not an error: shown as 待核实. */
export const QUESTION_RULES: ReadonlySet<string> = new Set(['outlier.yearOverYear']);

export function isQuestion(check: Check): boolean {
  return check.status === 'fail' && QUESTION_RULES.has(check.rule);
}

const RULE_ORDER = Object.keys(RULE_LABELS);
const STATUS_ORDER: CheckStatus[] = ['fail', 'uncheckable', 'pass'];

export interface ListedCheck {
  /** Element id of the check in the panel: `check-3`. */
  id: string;
  check: Check;
  /** Compared with the same body's report of the year before. */
  crossYear: boolean;
}

export type StatusCounts = Record<CheckStatus, number>;

/** Cell path → the checks that name it and did not pass (failed, or could not be made). */
export type ChecksByCell = Map<string, ListedCheck[]>;

export interface RuleGroup {
  rule: string;
  label: string;
  counts: StatusCounts;
  /** Failing first, then uncheckable, then passing; in report order within each. */
  checks: ListedCheck[];
}

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule;
}

/** The report's own checks, those against the year before, then those on its publication (timeliness). */
export function listChecks(own: Check[], crossYear: Check[], publication: Check[] = []): ListedCheck[] {
  return [
    ...own.map((check) => ({ check, crossYear: false })),
    ...crossYear.map((check) => ({ check, crossYear: true })),
    ...publication.map((check) => ({ check, crossYear: false })),
  ].map((c, i) => ({
    ...c,
    id: `check-${i + 1}`,
  }));
}

export function countStatuses(checks: ListedCheck[]): StatusCounts {
  const counts: StatusCounts = { pass: 0, fail: 0, uncheckable: 0 };
  for (const c of checks) counts[c.check.status]++;
  return counts;
}

/** Checks by rule: rules with a failure first, then those that could not all be checked, then the rest. */
export function groupByRule(checks: ListedCheck[]): RuleGroup[] {
  const byRule = new Map<string, ListedCheck[]>();
  for (const c of checks) byRule.set(c.check.rule, [...(byRule.get(c.check.rule) ?? []), c]);
  const rank = (rule: string): number => (RULE_ORDER.includes(rule) ? RULE_ORDER.indexOf(rule) : RULE_ORDER.length);
  const groups = [...byRule].map(([rule, list]): RuleGroup => {
    const sorted = STATUS_ORDER.flatMap((s) => list.filter((c) => c.check.status === s));
    return { rule, label: ruleLabel(rule), counts: countStatuses(list), checks: sorted };
  });
  const worst = (g: RuleGroup): number => STATUS_ORDER.findIndex((s) => g.counts[s] > 0);
  return groups.sort((a, b) => worst(a) - worst(b) || rank(a.rule) - rank(b.rule) || a.rule.localeCompare(b.rule));
}

/** Which cells the checks that did not pass name: the tables mark the failed ones and give an id to those linked to. */
export function groupByCell(checks: ListedCheck[]): ChecksByCell {
  const cells = new Map<string, ListedCheck[]>();
  for (const c of checks) {
    if (c.check.status === 'pass') continue;
    for (const path of c.check.cells) cells.set(path, [...(cells.get(path) ?? []), c]);
  }
  return cells;
}

/**
 * Whether a check's entry links to a cell it names: every cell of a failed check (the quality page
 * links to these too), the unknown ones of a check that could not be made; never from a passed check.
 * Only a cell something links to carries an id.
 */
export function linksToCell(check: Check, value: Cell | undefined): boolean {
  return check.status === 'fail' || (check.status === 'uncheckable' && (value ?? null) === null);
}

/**
 * The groups split for the panel: `open`, each rule's failed and uncheckable checks (shown in full,
 * the rules with a failure first); `passed`, each rule's passed checks (folded into a count).
 */
export function splitPassed(groups: RuleGroup[]): { open: RuleGroup[]; passed: RuleGroup[] } {
  const part = (keep: (c: ListedCheck) => boolean): RuleGroup[] =>
    groups.map((g) => ({ ...g, checks: g.checks.filter(keep) })).filter((g) => g.checks.length > 0);
  return { open: part((c) => c.check.status !== 'pass'), passed: part((c) => c.check.status === 'pass') };
}

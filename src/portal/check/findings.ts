// What the check command says about one file: each diagnostic and each failed rule, with its line.
import type { Check, Report, Severity } from '../../parser/index.ts';

export interface Finding {
  line: number | null;
  severity: Severity;
  code: string;
  message: string;
  /** For a failed rule: the check, with its cells and figures. */
  check?: Check;
}

/** The line a check points at: the period's line, or the first row of the table its first cell is in. */
export function checkLine(report: Pick<Report, 'period' | 'tableLines'>, check: Check): number | null {
  if (check.rule === 'period.matchesYear') return report.period?.line ?? null;
  const table = check.cells[0]?.split('.')[0];
  if (!table) return null;
  return report.tableLines[table as keyof Report['tableLines']] ?? null;
}

/** A failed check as a finding (a warning: the source is published as it is). */
export function failedCheckFinding(report: Pick<Report, 'period' | 'tableLines'>, check: Check, prefix = ''): Finding {
  return { line: checkLine(report, check), severity: 'warning', code: check.rule, message: `${prefix}${check.message}`, check };
}

/** The parser's diagnostics and the report's own failed checks. */
export function reportFindings(report: Report): Finding[] {
  return [
    ...report.diagnostics.map((d): Finding => ({ line: d.line, severity: d.severity, code: d.code, message: d.message })),
    ...report.checks.filter((c) => c.status === 'fail').map((c) => failedCheckFinding(report, c)),
  ];
}

/** Whole-file findings first, then by line; equal lines keep their order. */
export function byLine(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) || a.i - b.i)
    .map((x) => x.f);
}

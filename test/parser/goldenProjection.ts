// The part of a parsed report that golden files pin (see test/fixtures/reports/README.md).
import type { Check, Report } from '../../src/parser/index.ts';

export interface GoldenCheck {
  rule: string;
  subject: string | null;
  status: string;
  expected: number | string | null;
  actual: number | string | null;
}

export function project(report: Report) {
  return {
    agency: report.agency,
    year: report.year,
    format: report.format,
    title: report.title,
    publishedOn: report.publishedOn,
    period: report.period ? { from: report.period.from, to: report.period.to } : null,
    sections: report.sections.map((s) => ({ number: s.number, key: s.key, heading: s.heading, line: s.line })),
    proactive: report.proactive,
    applications: report.applications,
    reviewLitigation: report.reviewLitigation,
    legacyStatistics: report.legacyStatistics,
    checks: sortChecks(report.checks.map(goldenCheck)),
  };
}

export function goldenCheck(c: Check | GoldenCheck): GoldenCheck {
  return { rule: c.rule, subject: c.subject, status: c.status, expected: c.expected, actual: c.actual };
}

export function sortChecks(checks: GoldenCheck[]): GoldenCheck[] {
  const key = (c: GoldenCheck) => `${c.rule}\u0000${c.subject ?? ''}`;
  return [...checks].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

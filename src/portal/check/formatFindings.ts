// The check command's output: `path:line: 级别 [code] message` per finding, grouped by file, then a
// summary; or one JSON document for programs.
import type { Severity } from '../../parser/index.ts';
import type { CheckedFile } from './checkReports.ts';

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Failed rule instances (a rule fails once per column, row or group it is wrong in). */
  rulesFailed: number;
  /** Files with no error and no warning. */
  clean: number;
}

export function summarise(files: CheckedFile[]): CheckSummary {
  const all = files.flatMap((f) => f.findings);
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  return {
    files: files.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    rulesFailed: all.filter((f) => f.check?.status === 'fail').length,
    clean: files.filter((f) => f.findings.every((x) => x.severity === 'info')).length,
  };
}

export function formatText(files: CheckedFile[]): string {
  const blocks = files
    .filter((f) => f.findings.length > 0)
    .map((f) =>
      f.findings
        .map((x) => `${f.path}:${x.line === null ? '' : `${x.line}:`} ${SEVERITY_LABELS[x.severity]} [${x.code}] ${x.message}`)
        .join('\n'),
    );
  const s = summarise(files);
  const summary = [
    `共检查 ${s.files} 个文件：错误 ${s.errors} 个，警告 ${s.warnings} 个，提示 ${s.infos} 条；核对规则不符 ${s.rulesFailed} 处；${s.clean} 个文件没有错误和警告。`,
    s.errors > 0 ? '有错误：请按上面的提示修改后再提交。' : '没有错误，可以提交。警告和提示会随报告一起公布，请尽量按原文核实。',
  ].join('\n');
  return `${[...blocks, summary].join('\n\n')}\n`;
}

export function formatJson(files: CheckedFile[]): string {
  const out = {
    files: files.map((f) => ({
      path: f.path,
      agency: f.agency,
      body: f.body,
      year: f.year,
      findings: f.findings.map(({ check, ...x }) => ({
        path: f.path,
        ...x,
        ...(check ? { rule: check.rule, subject: check.subject, expected: check.expected, actual: check.actual, cells: check.cells } : {}),
      })),
    })),
    summary: summarise(files),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

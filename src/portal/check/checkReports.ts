// The check command's verdict on report files, before they are published: each file's diagnostics
// and failed rules, the rules across a body's consecutive years, and what only the whole collection
// shows (two files for one body and year, a body not in the registry, a file name's year). Bodies
// and years come from the catalog, exactly as the portal will group them.
import type { ParsedReportFile } from '../../files/reportFile.ts';
import type { Body } from '../../schema/body.ts';
import type { DeadlineOverrides } from '../evaluation/deadlines.ts';
import { buildCatalog, type Catalog, type CatalogReport } from '../catalog.ts';
import { reportEntryData } from '../reportEntry.ts';
import { byLine, failedCheckFinding, type Finding, reportFindings } from './findings.ts';
import { yearInFileName } from './fileYear.ts';
import { lineNaming, lineNamingDate, lineNamingYear } from './locate.ts';
import { missingBodyFinding, unregisteredFinding } from './bodyFindings.ts';

export type FileInput = { path: string; checked: boolean } & ({ ok: true; parsed: ParsedReportFile } | { ok: false; message: string });

export interface CheckedFile {
  path: string;
  /** The body as the report (or its front matter) names it: the parsed report's agency, so named in check --json too. */
  agency: string | null;
  /** The body it is published under, registered or not; null for an unreadable file. */
  body: { slug: string; name: string; registered: boolean } | null;
  year: number | null;
  findings: Finding[];
}

/**
 * Checks the files marked `checked`; the others are the portal's reports they are compared with
 * (the previous year, a second file for the same year).
 */
export interface CheckContext {
  registry: Body[];
  /** Where the registry is, for messages. */
  registryPath: string;
  rootRegion: string;
  /** The site settings' publication deadlines by level (timeliness.deadline). */
  deadlines?: DeadlineOverrides;
}

export function checkReports(files: FileInput[], { registry, registryPath, rootRegion, deadlines }: CheckContext): CheckedFile[] {
  const parsed = new Map<string, ParsedReportFile>();
  for (const f of files) if (f.ok) parsed.set(f.path, f.parsed);
  const catalog = buildCatalog(
    [...parsed].map(([id, p]) => ({ id, data: reportEntryData(p) })),
    registry,
    rootRegion,
    { deadlines },
  );
  const byId = new Map(catalog.reports.map((r) => [r.id, r]));
  const checked = new Set(files.filter((f) => f.checked).map((f) => f.path));

  return files
    .filter((f) => f.checked)
    .map((f): CheckedFile => {
      if (!f.ok) {
        return {
          path: f.path,
          agency: null,
          body: null,
          year: null,
          findings: [{ line: null, severity: 'error', code: 'file.unreadable', message: f.message }],
        };
      }
      const r = byId.get(f.path) as CatalogReport;
      const findings = [
        ...reportFindings(f.parsed.report).map((x) => (x.code === 'agency.missing' ? missingBodyFinding(r, x) : x)),
        ...crossYearFindings(r, checked),
        ...publicationFindings(r, f.parsed),
        ...collectionFindings(r, f.parsed, { catalog, registry, registryPath }),
      ];
      return {
        path: f.path,
        agency: r.data.agency,
        body: { slug: r.body.slug, name: r.body.name, registered: r.body.registered },
        year: r.year,
        findings: byLine(findings),
      };
    });
}

/**
 * Failed rules against the year before (crossYear.*, and the evaluators' data.repeated and
 * outlier.yearOverYear, worded as a comparison), and the crossYear.* ones against the year after
 * when that file is not checked itself.
 */
function crossYearFindings(r: CatalogReport, checked: Set<string>): Finding[] {
  const failed = (x: CatalogReport) => x.crossYear.filter((c) => c.status === 'fail');
  const linking = (c: { rule: string }) => c.rule.startsWith('crossYear.');
  const out = r.previous
    ? failed(r).map((c) => failedCheckFinding(r.data, c, `与上一年度报告（${r.previous?.id}）${linking(c) ? '衔接' : '比较'}：`))
    : [];
  if (r.next && !checked.has(r.next.id))
    out.push(
      ...failed(r.next)
        .filter(linking)
        .map((c) => failedCheckFinding(r.data, c, `与下一年度报告（${r.next?.id}）衔接：`)),
    );
  return out;
}

/** A report published after its deadline (timeliness.deadline), on the line of its date. */
function publicationFindings(r: CatalogReport, file: ParsedReportFile): Finding[] {
  return r.publication
    .filter((c) => c.status === 'fail')
    .map((c): Finding => {
      const date = typeof c.actual === 'string' ? c.actual : null;
      const line = file.frontMatterLines['publishedOn'] ?? (date === null ? null : lineNamingDate(file.text, date));
      return { line, severity: 'warning', code: c.rule, message: c.message, check: c };
    });
}

/** What only the collection and the file's name show. */
function collectionFindings(
  r: CatalogReport,
  file: ParsedReportFile,
  { catalog, registry, registryPath }: { catalog: Catalog; registry: Body[]; registryPath: string },
): Finding[] {
  const out: Finding[] = [];
  const { report, frontMatterLines } = file;
  const yearLine = frontMatterLines['year'] ?? (report.year === null ? null : lineNamingYear(file.text, report.year));

  if (report.year !== null) {
    const others = r.body.reports.filter((x) => x !== r && x.year === report.year).map((x) => x.id);
    if (others.length > 0) {
      out.push({
        line: null,
        severity: 'error',
        code: 'file.duplicate',
        message: `${r.body.name} ${report.year} 年度的报告还有另一个文件：${others.join('、')}。同一机关同一年度只能有一个文件：请删除重复的文件，或在 front matter 中更正 body（机关名称）或 year（年度）。`,
      });
    }
  }

  const named = yearInFileName(r.id);
  if (named !== null && report.year !== null && named !== report.year) {
    out.push({
      line: yearLine,
      severity: 'error',
      code: 'file.yearMismatch',
      message: `文件名中的年度是 ${named}，报告${frontMatterLines['year'] ? ' front matter' : '正文'}所写的统计年度却是 ${report.year}：请更正文件名，或在 front matter 中写明 year（年度）。`,
    });
  } else if (named === null && report.year !== null) {
    out.push({
      line: null,
      severity: 'info',
      code: 'file.nameWithoutYear',
      message: `文件名中没有年度，建议改为“${r.body.registered ? r.body.slug : '机关简称拼音'}-${report.year}.txt”这样的名称。`,
    });
  }

  if (report.agency !== null && !r.body.registered) {
    const line = frontMatterLines['body'] ?? lineNaming(file.text, report.agency);
    out.push(unregisteredFinding(r, report.agency, line, catalog, registry, registryPath));
  }
  return out;
}

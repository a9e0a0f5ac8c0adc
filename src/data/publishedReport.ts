// A catalogued report as the JSON downloads publish it: the report's own file (the report entry,
// every check — its own and those across years — its body, absolute links back to the page and the
// original file, and nianbao's version), and reports.json, a light index of every report. A report's
// own file is a pure function of the report and its catalog neighbours: no build time inside.
import type { Check, TableName } from '../parser/index.ts';
import { urls } from '../portal/urls.ts';
import { checkCounts } from './checkCounts.ts';
import { dataUrls } from './dataUrls.ts';
import type { PublishedCheck, PublishedReport, ReportIndexEntry, ReportProvenance, ReportsDocument } from './schema.ts';
import { type DataReport, type Provenance, allChecks } from './types.ts';

const TABLES: readonly TableName[] = ['proactive', 'applications', 'reviewLitigation', 'legacyStatistics'];

function linksOf(report: DataReport, siteRoot: string): PublishedReport['links'] {
  return {
    page: new URL(urls.report(report.id), siteRoot).href,
    source: new URL(urls.source(report.id), siteRoot).href,
    json: new URL(dataUrls.report(report.id), siteRoot).href,
  };
}

function bodyOf(report: DataReport): PublishedReport['body'] {
  const { body } = report;
  return { slug: body.slug, name: body.name, registered: body.registered };
}

/** A check as published: a passed one without its cells and message (see publishedCheckSchema). */
export function publishedCheck(check: Check): PublishedCheck {
  if (check.status !== 'pass') return check;
  const { cells: _cells, message: _message, ...stated } = check;
  return stated;
}

/** `siteRoot` is the site's absolute address ending in `/` (e.g. https://gk.example.gov.cn/nianbao/). */
export function publishedReport(report: DataReport, provenance: ReportProvenance, siteRoot: string): PublishedReport {
  return {
    id: report.id,
    body: bodyOf(report),
    ...report.data,
    checks: allChecks(report).map(publishedCheck),
    links: linksOf(report, siteRoot),
    provenance: { nianbaoVersion: provenance.nianbaoVersion },
  };
}

/** A report's own JSON file, minified. */
export function publishedReportJson(report: DataReport, provenance: ReportProvenance, siteRoot: string): string {
  return `${JSON.stringify(publishedReport(report, provenance, siteRoot))}\n`;
}

export function reportIndexEntry(report: DataReport, siteRoot: string): ReportIndexEntry {
  const { data } = report;
  return {
    id: report.id,
    body: bodyOf(report),
    agency: data.agency,
    year: data.year,
    format: data.format,
    title: data.title,
    publishedOn: data.publishedOn,
    source: data.source,
    tables: TABLES.filter((t) => data[t] !== null),
    checkCounts: checkCounts(report),
    links: linksOf(report, siteRoot),
  };
}

export function reportsDocument(reports: readonly DataReport[], provenance: Provenance, siteRoot: string): ReportsDocument {
  return { provenance, count: reports.length, reports: reports.map((r) => reportIndexEntry(r, siteRoot)) };
}

/** reports.json in pieces, one report each: the same bytes as JSON.stringify(reportsDocument(…)) and a line end. */
export function* reportsDocumentChunks(reports: readonly DataReport[], provenance: Provenance, siteRoot: string): Generator<string> {
  yield `{"provenance":${JSON.stringify(provenance)},"count":${reports.length},"reports":[`;
  for (const [i, r] of reports.entries()) yield `${i > 0 ? ',' : ''}${JSON.stringify(reportIndexEntry(r, siteRoot))}`;
  yield ']}\n';
}

// A catalogued report as the JSON downloads publish it: the report entry, every check (the report's
// own and those across years), its body, absolute links back to the page and the original file, and
// the build's provenance.
import { urls } from '../portal/urls.ts';
import { dataUrls } from './dataUrls.ts';
import type { PublishedReport, ReportSummary, ReportsDocument } from './schema.ts';
import { type DataReport, type Provenance, allChecks } from './types.ts';

/** `siteRoot` is the site's absolute address ending in `/` (e.g. https://gk.example.gov.cn/nianbao/). */
export function publishedReport(report: DataReport, provenance: Provenance, siteRoot: string): PublishedReport {
  const { agency } = report;
  return {
    id: report.id,
    body: { slug: agency.slug, name: agency.name, registered: agency.registered },
    ...report.data,
    checks: allChecks(report),
    links: {
      page: new URL(urls.report(report.id), siteRoot).href,
      source: new URL(urls.source(report.id), siteRoot).href,
      json: new URL(dataUrls.report(report.id), siteRoot).href,
    },
    provenance,
  };
}

export function reportSummary(report: PublishedReport): ReportSummary {
  const { preamble: _preamble, provenance: _provenance, sections, ...rest } = report;
  return { ...rest, sections: sections.map(({ blocks: _blocks, ...section }) => section) };
}

export function reportsDocument(reports: readonly DataReport[], provenance: Provenance, siteRoot: string): ReportsDocument {
  return {
    provenance,
    count: reports.length,
    reports: reports.map((r) => reportSummary(publishedReport(r, provenance, siteRoot))),
  };
}

/** reports.json in pieces, one report each: the same bytes as JSON.stringify(reportsDocument(…)) and a line end. */
export function* reportsDocumentChunks(reports: readonly DataReport[], provenance: Provenance, siteRoot: string): Generator<string> {
  yield `{"provenance":${JSON.stringify(provenance)},"count":${reports.length},"reports":[`;
  for (const [i, r] of reports.entries()) yield `${i > 0 ? ',' : ''}${JSON.stringify(reportSummary(publishedReport(r, provenance, siteRoot)))}`;
  yield ']}\n';
}

// The compare view's reports come from the per-report JSON every report already publishes
// (/data/reports/<id>.json): where the page's script fetches a report's file, and what of it the
// view keeps. Pure: used by the page's script and its tests. Checks are not read.
import type { LegacyStatisticsRow, ReportFormat, ReviewLitigation, TableRows } from '../parser/index.ts';
import type { CompareReport } from './compareTypes.ts';
import { dataUrls } from './dataUrls.ts';

/** The fields of a report's own JSON (src/data/publishedReport.ts) that the compare view reads. */
export interface ReportJson {
  id: string;
  body: { slug: string; name: string };
  year: number | null;
  format: ReportFormat;
  applications: TableRows | null;
  reviewLitigation: ReviewLitigation | null;
  legacyStatistics: LegacyStatisticsRow[] | null;
  source: { path: string; sha256: string };
}

/**
 * The site-relative address of a report's JSON, each part of the id encoded (`/` kept); null for
 * an id no report can have (empty parts, `.` or `..`), so an address cannot send the page elsewhere.
 */
export function reportJsonPath(id: string): string | null {
  const parts = id.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return null;
  return dataUrls.report(parts.map(encodeURIComponent).join('/'));
}

export function compareReportOf(doc: ReportJson): CompareReport {
  return {
    id: doc.id,
    body: doc.body.name,
    bodySlug: doc.body.slug,
    year: doc.year,
    format: doc.format,
    applications: doc.applications,
    reviewLitigation: doc.reviewLitigation,
    legacyStatistics: doc.legacyStatistics,
    sourcePath: doc.source.path,
    sourceSha256: doc.source.sha256,
  };
}

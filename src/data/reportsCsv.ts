// reports.csv: one row per report with its provenance (source file path and SHA-256), stated once;
// every other CSV joins it on report_id.
import { urls } from '../portal/urls.ts';
import { checkCounts } from './checkCounts.ts';
import { type CsvValue, csvChunks } from './csv.ts';
import { dataUrls } from './dataUrls.ts';
import { EXCEL_MAX_DATA_ROWS } from './rowLimit.ts';
import type { DataReport } from './types.ts';

export const REPORTS_HEADER = [
  'report_id',
  'body',
  'body_slug',
  'year',
  'format',
  'title',
  'published_on',
  'source_path',
  'source_sha256',
  'page_url',
  'json_url',
  'source_url',
  'checks_pass',
  'checks_fail',
  'checks_uncheckable',
] as const;

/** `siteRoot` is the site's absolute address ending in `/`. */
export function reportRecord(r: DataReport, siteRoot: string): CsvValue[] {
  const counts = checkCounts(r);
  const at = (path: string): string => new URL(path, siteRoot).href;
  return [
    r.id,
    r.body.name,
    r.body.slug,
    r.data.year,
    r.data.format,
    r.data.title,
    r.data.publishedOn,
    r.data.source.path,
    r.data.source.sha256,
    at(urls.report(r.id)),
    at(dataUrls.report(r.id)),
    at(urls.source(r.id)),
    counts.pass,
    counts.fail,
    counts.uncheckable,
  ];
}

/** The whole file in pieces; a portal of more reports than Excel's rows is refused, not cut short. */
export function reportsCsvChunks(reports: readonly DataReport[], siteRoot: string): Generator<string> {
  if (reports.length > EXCEL_MAX_DATA_ROWS)
    throw new Error(`reports.csv would hold ${reports.length} rows, over Excel's ${EXCEL_MAX_DATA_ROWS}`);
  return csvChunks(
    REPORTS_HEADER,
    (function* () {
      for (const r of reports) yield [reportRecord(r, siteRoot)];
    })(),
  );
}

export function reportsCsv(reports: readonly DataReport[], siteRoot: string): string {
  return [...reportsCsvChunks(reports, siteRoot)].join('');
}

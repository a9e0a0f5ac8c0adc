// Site-relative addresses of the downloads and the compare page (no leading slash, like portal/urls.ts).
import type { TableName } from '../parser/types.ts';

/** The tidy CSV file of each table. */
export const TABLE_CSV_FILES: Record<TableName, string> = {
  proactive: 'proactive.csv',
  applications: 'applications.csv',
  reviewLitigation: 'review-litigation.csv',
  legacyStatistics: 'legacy-statistics.csv',
};

export const dataUrls = {
  index: (): string => 'data/',
  reports: (): string => 'data/reports.json',
  report: (id: string): string => `data/reports/${id}.json`,
  reportSchema: (): string => 'data/report.schema.json',
  reportsSchema: (): string => 'data/reports.schema.json',
  tableCsv: (table: TableName): string => `data/${TABLE_CSV_FILES[table]}`,
  checksCsv: (): string => 'data/checks.csv',
  provenance: (): string => 'data/provenance.json',
  /** The compare page's name index. */
  compareJson: (): string => 'data/compare.json',
  /** The compare shards: `data/compare/<n>.json`. */
  compareShards: (): string => 'data/compare/',
  compare: (): string => 'compare/',
};

/** The site's absolute address ending in `/`: https://example.org + /nianbao/. */
export function siteRootOf(siteUrl: string, basePath: string): string {
  return new URL(basePath, `${siteUrl.replace(/\/$/, '')}/`).href;
}

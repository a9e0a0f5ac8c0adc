// Site-relative addresses of the downloads and the compare page (no leading slash, like portal/urls.ts).
import type { TableName } from '../parser/index.ts';

export const dataUrls = {
  index: (): string => 'data/',
  reports: (): string => 'data/reports.json',
  reportsCsv: (): string => 'data/reports.csv',
  report: (id: string): string => `data/reports/${id}.json`,
  reportSchema: (): string => 'data/report.schema.json',
  reportsSchema: (): string => 'data/reports.schema.json',
  /** A bulk CSV by its name (see yearFiles.ts: `applications-2023`, `checks-unknown-year`…). */
  bulkCsv: (name: string): string => `data/${name}.csv`,
  bulkCsvGz: (name: string): string => `data/${name}.csv.gz`,
  /** The data page's list of a table's per-year CSVs. */
  tableCsv: (table: TableName): string => `data/#files-${table}`,
  /** The harmonised series as JSON (its CSV is a bulk file: `series`, or `series-part2` when cut). */
  series: (): string => 'data/series.json',
  provenance: (): string => 'data/provenance.json',
  database: (): string => 'data/nianbao.sqlite',
  /** The compare page's name index. */
  compareJson: (): string => 'data/compare.json',
  /** A year's peer figures (ranks and quartiles by level), fetched by the compare page. */
  peers: (year: number): string => `data/peers-${year}.json`,
  compare: (): string => 'compare/',
};

/** The site's absolute address ending in `/`: https://example.org + /nianbao/. */
export function siteRootOf(siteUrl: string, basePath: string): string {
  return new URL(basePath, `${siteUrl.replace(/\/$/, '')}/`).href;
}

// The compare page's data: a name index of the bodies and their reports (/data/compare.json, fetched
// when the reader searches for a body), and the reports a view shows, taken from their own JSON
// (/data/reports/<id>.json, see compareReports.ts). Types only, shared by the build and the page's script.
import type { LegacyStatisticsRow, ReportFormat, ReviewLitigation, TableRows } from '../parser/index.ts';
import type { Labelled, Provenance } from './types.ts';

export interface CompareReport {
  id: string;
  body: string;
  bodySlug: string;
  year: number | null;
  format: ReportFormat;
  applications: TableRows | null;
  reviewLitigation: ReviewLitigation | null;
  /** A legacy report's 统计表, for the chart's measures (the harmonised series). */
  legacyStatistics: LegacyStatisticsRow[] | null;
  sourcePath: string;
  sourceSha256: string;
}

/** The labels of tables 3 and 4, written into the compare page (data-labels). */
export interface CompareLabels {
  /** Table 3's rows in table order (the rows of both formats). */
  applicationRows: Labelled[];
  applicationColumns: Labelled[];
  reviewGroups: Labelled[];
  reviewColumns: Labelled[];
}

/** A report in the name index: the end of its id (after the body's `ids` prefix), year (null when unknown), format. */
export type CompareIndexReport = [idEnd: string, year: number | null, format: ReportFormat];

export interface CompareIndexBody {
  name: string;
  slug: string;
  /** What the ids of the body's reports begin with (written once, to keep the index small). */
  ids: string;
  reports: CompareIndexReport[];
}

/** /data/compare.json: every body and its reports by name, to find them by typing. */
export interface CompareIndex {
  provenance: Provenance;
  bodies: CompareIndexBody[];
}

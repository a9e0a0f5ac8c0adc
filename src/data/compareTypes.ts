// The compact data the compare page loads: a name index of the bodies and their reports
// (/data/compare.json, fetched when the reader searches for a body) and the shards holding tables 3
// and 4 of the reports (/data/compare/<n>.json, fetched for the reports a view shows). Types only,
// shared by the build and the page's script.
import type { ReportFormat, ReviewLitigation, TableRows } from '../parser/types.ts';
import type { Labelled, Provenance } from './types.ts';

export interface CompareReport {
  id: string;
  body: string;
  bodySlug: string;
  year: number | null;
  format: ReportFormat;
  applications: TableRows | null;
  reviewLitigation: ReviewLitigation | null;
  sourcePath: string;
  sourceSha256: string;
}

export interface CompareLabels {
  /** Table 3's rows in table order (the rows of both formats). */
  applicationRows: Labelled[];
  applicationColumns: Labelled[];
  reviewGroups: Labelled[];
  reviewColumns: Labelled[];
}

/** One shard: its reports in full, and the labels to show them with (so a view needs nothing else). */
export interface CompareShard {
  labels: CompareLabels;
  /** In the catalog's order (newest year first, then body). */
  reports: CompareReport[];
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
  /** How many shards /data/compare/<n>.json there are (see compareShards.ts). */
  shards: number;
  bodies: CompareIndexBody[];
}

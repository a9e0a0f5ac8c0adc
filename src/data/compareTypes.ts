// The compact data the compare page loads (/data/compare.json): tables 3 and 4 of every report and
// the labels to show them with. Types only, shared by the build and the page's script.
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

export interface CompareData {
  provenance: Provenance;
  labels: CompareLabels;
  /** In the catalog's order (newest year first, then body). */
  reports: CompareReport[];
}

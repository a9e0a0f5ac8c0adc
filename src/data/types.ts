// What the downloads are made from: a catalogued report (the catalog's CatalogReport fits) and the
// build's provenance.
import type { Check } from '../parser/index.ts';
import type { ReportEntryData } from '../schema/report.ts';

export interface DataReport {
  id: string;
  data: ReportEntryData;
  /** The body the catalog assigned the report to (its canonical name, not necessarily as signed). */
  body: { slug: string; name: string; registered: boolean };
  /** crossYear.* checks against the same body's previous year, made by the catalog. */
  crossYear: Check[];
  /** Checks on the report as a publication (timeliness.deadline), made by the catalog. */
  publication?: Check[];
}

/** Which build made a download: one version and one timestamp for every file of a build. */
export interface Provenance {
  nianbaoVersion: string;
  /** ISO 8601, UTC. */
  builtAt: string;
}

/** A row or column key with its Chinese label. */
export type Labelled = [key: string, label: string];

/** Every rule result of a report: its own checks, those across years, then those on its publication. */
export function allChecks(report: DataReport): Check[] {
  return [...report.data.checks, ...report.crossYear, ...(report.publication ?? [])];
}

// Builds /data/compare.json: just what the compare page needs, from the catalogued reports.
import type { CompareData } from './compareTypes.ts';
import { applicationColumns, applicationRows, reviewColumns, reviewGroups } from './labels.ts';
import type { DataReport, Provenance } from './types.ts';

export function compareData(reports: readonly DataReport[], provenance: Provenance): CompareData {
  return {
    provenance,
    labels: { applicationRows, applicationColumns, reviewGroups, reviewColumns },
    reports: reports.map((r) => ({
      id: r.id,
      body: r.agency.name,
      bodySlug: r.agency.slug,
      year: r.data.year,
      format: r.data.format,
      applications: r.data.applications,
      reviewLitigation: r.data.reviewLitigation,
      sourcePath: r.data.source.path,
      sourceSha256: r.data.source.sha256,
    })),
  };
}

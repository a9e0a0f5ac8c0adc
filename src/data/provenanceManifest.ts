// /data/provenance.json: which nianbao made the downloads and when, and every source file with its
// SHA-256, so that a CSV row's source_sha256 can be matched to the file it came from.
import type { ReportEntryData } from '../schema/report.ts';
import type { DataReport, Provenance } from './types.ts';

export interface ProvenanceManifest extends Provenance {
  reportCount: number;
  sources: ({ id: string } & ReportEntryData['source'])[];
}

export function provenanceManifest(reports: readonly DataReport[], provenance: Provenance): ProvenanceManifest {
  return {
    ...provenance,
    reportCount: reports.length,
    sources: reports.map((r) => ({ id: r.id, ...r.data.source })),
  };
}

// Builds the compare page's data from the catalogued reports: the name index (/data/compare.json)
// and the labels of tables 3 and 4 the page carries. The tables themselves come from each report's
// own JSON (/data/reports/<id>.json), fetched by the page's script for the reports a view shows.
import type { CompareIndex, CompareIndexReport, CompareLabels } from './compareTypes.ts';
import { sharedStart } from './compareIndexIds.ts';
import { applicationColumns, applicationRows, reviewColumns, reviewGroups } from './labels.ts';
import type { DataReport, Provenance } from './types.ts';

/** The labels the compare view shows tables 3 and 4 with (written into the page, not fetched). */
export const compareLabels: CompareLabels = { applicationRows, applicationColumns, reviewGroups, reviewColumns };

/** Every body with its reports, bodies in the order they first appear (the catalog's). */
export function compareIndex(reports: readonly DataReport[], provenance: Provenance): CompareIndex {
  const bodies = new Map<string, { name: string; slug: string; reports: DataReport[] }>();
  for (const r of reports) {
    let body = bodies.get(r.body.slug);
    if (!body) bodies.set(r.body.slug, (body = { name: r.body.name, slug: r.body.slug, reports: [] }));
    body.reports.push(r);
  }
  return {
    provenance,
    bodies: [...bodies.values()].map((b) => {
      const ids = sharedStart(b.reports.map((r) => r.id));
      return {
        name: b.name,
        slug: b.slug,
        ids,
        reports: b.reports.map((r): CompareIndexReport => [r.id.slice(ids.length), r.data.year, r.data.format]),
      };
    }),
  };
}

/** /data/compare.json's builder under the name the download tests know it by. */
export const compareData = compareIndex;

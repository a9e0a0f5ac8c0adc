// Builds the compare page's data from the catalogued reports: the name index (/data/compare.json)
// and the shards (/data/compare/<n>.json). A shard's content is a function of its own reports only.
import type { CompareIndex, CompareIndexBody, CompareIndexReport, CompareReport, CompareShard } from './compareTypes.ts';
import { compareShardCount, compareShardOf } from './compareShards.ts';
import { applicationColumns, applicationRows, reviewColumns, reviewGroups } from './labels.ts';
import type { DataReport, Provenance } from './types.ts';

function compareReport(r: DataReport): CompareReport {
  return {
    id: r.id,
    body: r.agency.name,
    bodySlug: r.agency.slug,
    year: r.data.year,
    format: r.data.format,
    applications: r.data.applications,
    reviewLitigation: r.data.reviewLitigation,
    sourcePath: r.data.source.path,
    sourceSha256: r.data.source.sha256,
  };
}

/** What all the ids begin with, cut after a `/` or a `-` so that what is left reads as a name or a year. */
function sharedStart(ids: readonly string[]): string {
  let start = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(start)) start = start.slice(0, -1);
  if (ids.length === 1) start = start.slice(0, -1);
  return start.slice(0, Math.max(start.lastIndexOf('/'), start.lastIndexOf('-')) + 1);
}

/** Every body with its reports, bodies in the order they first appear (the catalog's). */
export function compareIndex(reports: readonly DataReport[], provenance: Provenance): CompareIndex {
  const bodies = new Map<string, { name: string; slug: string; reports: DataReport[] }>();
  for (const r of reports) {
    let body = bodies.get(r.agency.slug);
    if (!body) bodies.set(r.agency.slug, (body = { name: r.agency.name, slug: r.agency.slug, reports: [] }));
    body.reports.push(r);
  }
  return {
    provenance,
    shards: compareShardCount(reports.length),
    bodies: [...bodies.values()].map((b) => {
      const ids = sharedStart(b.reports.map((r) => r.id));
      return { name: b.name, slug: b.slug, ids, reports: b.reports.map((r): CompareIndexReport => [r.id.slice(ids.length), r.data.year, r.data.format]) };
    }),
  };
}

/** The full id of a report of the index. */
export function indexedId(body: CompareIndexBody, report: CompareIndexReport): string {
  return body.ids + report[0];
}

/** /data/compare.json's builder under the name the download tests know it by. */
export const compareData = compareIndex;

const shardsOf = new WeakMap<readonly DataReport[], DataReport[][]>();

/** The reports of each shard, in the given order (computed once per list of reports). */
export function compareShardReports(reports: readonly DataReport[]): DataReport[][] {
  let shards = shardsOf.get(reports);
  if (!shards) {
    const count = compareShardCount(reports.length);
    shards = Array.from({ length: count }, (): DataReport[] => []);
    for (const r of reports) shards[compareShardOf(r.id, count)]!.push(r);
    shardsOf.set(reports, shards);
  }
  return shards;
}

export function compareShard(reports: readonly DataReport[]): CompareShard {
  return { labels: { applicationRows, applicationColumns, reviewGroups, reviewColumns }, reports: reports.map(compareReport) };
}

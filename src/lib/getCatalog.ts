// The catalog for the pages: built once per build from the content collections. Astro glue around
// buildCatalog, the pure catalog of src/portal/catalog.ts.
import { getCollection } from 'astro:content';
import { type Catalog, buildCatalog } from '../portal/catalog.ts';
import { siteConfig } from '../site.config.ts';
import { recordSink } from '../search/recordSink.ts';
import { reportChecks } from '../parser/index.ts';
import { searchRecord } from '../search/searchRecords.ts';

let cached: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [reports, agencies] = await Promise.all([getCollection('reports'), getCollection('agencies')]);
    const catalog = buildCatalog(
      // The store keeps reports without their checks (src/portal/reportsLoader.ts): run them again.
      reports.map((r) => ({
        id: r.id,
        digest: r.digest === undefined ? undefined : String(r.digest),
        data: { ...r.data, checks: reportChecks(r.data) },
      })),
      agencies.map((a) => a.data),
      siteConfig.rootRegion,
    );
    // During a build the search index starts on these records now, beside the rendering of the pages.
    recordSink()?.offer(catalog.reports.length, (i) => searchRecord(catalog.reports[i] as Catalog['reports'][number]));
    return catalog;
  })();
  return cached;
}

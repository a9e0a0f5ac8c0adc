// The catalog for the pages: built once per build from the content collections. Astro glue around
// buildCatalog, the pure catalog of src/portal/catalog.ts. In a build it also keeps the cross-year
// checks for the next one (the only file it writes: src/build/crossYearCache.ts). The search index
// builds the same catalog from the same stored reports on its own: src/search/indexSite.ts.
import { getCollection } from 'astro:content';
import { codeKey, file } from 'virtual:nianbao/catalog-cache';
import { crossYearCache } from '../build/crossYearCache.ts';
import { type Catalog, buildCatalog } from '../portal/catalog.ts';
import { siteConfig } from '../site.config.ts';
import { reportChecks } from '../parser/index.ts';

let cached: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [reports, bodies] = await Promise.all([getCollection('reports'), getCollection('bodies')]);
    // The cross-year checks of unchanged pairs of reports come from the last build (crossYearCache.ts).
    const crossYearMemo = file === null ? undefined : crossYearCache(file, codeKey);
    const catalog = buildCatalog(
      // The store keeps reports parsed without their checks (src/portal/reportsLoader.ts): they are made here, once.
      reports.map((r) => ({
        id: r.id,
        digest: r.digest === undefined ? undefined : String(r.digest),
        data: { ...r.data, checks: reportChecks(r.data) },
      })),
      bodies.map((b) => b.data),
      siteConfig.rootRegion,
      { deadlines: siteConfig.deadlines, crossYearMemo },
    );
    crossYearMemo?.save();
    return catalog;
  })();
  return cached;
}

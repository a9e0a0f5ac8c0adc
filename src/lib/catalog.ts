// The catalog for the pages: built once per build from the content collections.
import { getCollection } from 'astro:content';
import { type Catalog, buildCatalog } from '../portal/catalog.ts';
import { siteConfig } from '../site.config.ts';

let cached: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [reports, agencies] = await Promise.all([getCollection('reports'), getCollection('agencies')]);
    return buildCatalog(
      reports.map((r) => ({ id: r.id, data: r.data })),
      agencies.map((a) => a.data),
      siteConfig.rootRegion,
    );
  })();
  return cached;
}

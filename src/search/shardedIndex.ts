// The site's search index as the search page uses it: Pagefind loaded with the first shard, the
// others merged one at a time when a search wants more (see candidateStream.ts). Shard 0 is the
// Pagefind bundle at <site>/pagefind/, shard k at <site>/pagefind/shard-k/ (see shards.ts).
import type { ShardedIndex } from './candidateStream.ts';
import type { PagefindApi } from './findReports.ts';

/** Pagefind's module (pagefind.js): the search API, and how it is set up and merged. */
export interface PagefindModule extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
}

/** A shard's folder below the site's /pagefind/ folder: '' for the first. */
export function shardFolder(shard: number): string {
  return shard === 0 ? '' : `shard-${shard}/`;
}

/**
 * Sets up Pagefind on the first shard. `pagefindUrl` is the address of the site's /pagefind/ folder
 * (ending in /), `baseUrl` the site's base path, `total` how many shards the index has.
 */
export async function loadShardedIndex(
  pagefind: PagefindModule,
  pagefindUrl: string,
  baseUrl: string,
  total: number,
): Promise<ShardedIndex> {
  await pagefind.options({ basePath: pagefindUrl, baseUrl });
  await pagefind.init();
  let merged = 1;
  return {
    pagefind,
    total,
    merged: () => merged,
    mergeNext: async () => {
      await pagefind.mergeIndex(`${pagefindUrl}${shardFolder(merged)}`, { baseUrl });
      merged++;
    },
  };
}

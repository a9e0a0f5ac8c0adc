// The site's search index as the search page uses it: Pagefind loaded with the first shard, the
// others merged one at a time when a search wants more (see candidateStream.ts), guided by the shard
// directory. Shard 0 is the Pagefind bundle at <site>/pagefind/, shard k at <site>/pagefind/shard-k/
// (see shards.ts), the directory at <site>/pagefind/directory/ (see shardDirectory.ts).
import type { ShardedIndex } from './candidateStream.ts';
import type { PagefindApi } from './findReports.ts';
import { DIRECTORY_FOLDER, bucketFile, parseBucket, shardsHolding } from './shardDirectory.ts';
import { SEARCH_LANGUAGE, queryTokens } from './searchText.ts';

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

const GZIP_MAGIC = [0x1f, 0x8b];

/** A bucket file's text: gzipped as written, or already unpacked by a host that served it so. */
async function bucketText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return new TextDecoder().decode(bytes);
  const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(unpacked).text();
}

/**
 * Starts Pagefind in the index's language. Pagefind takes the language it reads queries in from
 * `<html lang>` when it starts (zh-CN on every page here) and then runs a Chinese word segmenter over
 * each query, which splits our pairs again and finds no exact phrase at all. Pagefind starts
 * synchronously inside init(), so the page's language is swapped for that moment only and restored
 * before anything is drawn. Without a document (tests in Node) there is nothing to swap.
 */
function initInIndexLanguage(pagefind: PagefindModule): Promise<void> {
  const root = globalThis.document?.documentElement;
  if (!root) return pagefind.init();
  const pageLanguage = root.lang;
  root.lang = SEARCH_LANGUAGE;
  try {
    return pagefind.init();
  } finally {
    root.lang = pageLanguage;
  }
}

/**
 * Sets up Pagefind on the first shard. `pagefindUrl` is the address of the site's /pagefind/ folder
 * (ending in /), `baseUrl` the site's base path, `total` how many shards the index has, `buckets`
 * how many buckets its directory has (directoryBuckets).
 */
export async function loadShardedIndex(
  pagefind: PagefindModule,
  pagefindUrl: string,
  baseUrl: string,
  total: number,
  buckets: number,
): Promise<ShardedIndex> {
  await pagefind.options({ basePath: pagefindUrl, baseUrl });
  await initInIndexLanguage(pagefind);
  const merged = new Set([0]);
  const readBucket = async (bucket: number): Promise<Map<string, number[]>> => {
    const response = await fetch(`${pagefindUrl}${DIRECTORY_FOLDER}${bucketFile(bucket)}`);
    if (!response.ok) throw new Error(`shard directory: ${response.status}`);
    return parseBucket(await bucketText(response));
  };
  return {
    pagefind,
    total,
    isMerged: (shard) => merged.has(shard),
    merge: async (shard) => {
      await pagefind.mergeIndex(`${pagefindUrl}${shardFolder(shard)}`, { baseUrl });
      merged.add(shard);
    },
    // Without the directory (a bucket that cannot be read) every shard may answer.
    shardsFor: (query) => shardsHolding(queryTokens(query), buckets, readBucket).catch(() => null),
  };
}

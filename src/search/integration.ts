// Builds the Pagefind search index during the build: the catalog offers every report's search record
// as soon as it exists (src/lib/getCatalog.ts), and the shards are indexed in child processes while
// Astro renders the pages. When the build is done, the shards move to /pagefind/ (shard 0) and
// /pagefind/shard-k/. Shards whose records did not change since the last build come from the shard
// cache in Astro's cacheDir (src/search/shardCache.ts), or stay where the last build put them
// (src/search/placeShards.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setRecordSink } from './recordSink.ts';
import { type ShardQueue, shardQueue } from './shardQueue.ts';
import { shardIsWhole } from './shardEntry.ts';
import { placeShards } from './placeShards.ts';
import { type ShardCache, shardCache } from './shardCache.ts';

/** Pagefind's package.json (its exports do not include it): found above its entry module. */
function pagefindVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'pagefind') return pkg.version ?? '';
    }
    const parent = dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
}

/** What a shard's files depend on besides its records: Pagefind's version and the indexer's code. */
function indexerSalt(script: string): string {
  return createHash('sha256').update(pagefindVersion()).update(readFileSync(script)).digest('hex');
}

export function searchIndex(): AstroIntegration {
  let root: URL | null = null;
  let cacheDir: URL | null = null;
  let cache: ShardCache | null = null;
  let placedFile = '';
  let queue: ShardQueue | null = null;
  let workDir = '';
  let started = 0;
  return {
    name: 'nianbao-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        started = Date.now();
        workDir = mkdtempSync(join(tmpdir(), 'nianbao-search-'));
        const script = fileURLToPath(new URL('src/search/indexShard.ts', root ?? undefined));
        cache = cacheDir ? shardCache(fileURLToPath(new URL('nianbao-search/', cacheDir))) : null;
        placedFile = fileURLToPath(new URL('nianbao-search-placed.json', cacheDir ?? root ?? undefined));
        queue = shardQueue(workDir, script, { cache: cache ?? undefined, salt: indexerSalt(script) });
        setRecordSink(queue);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!queue) return;
        const waiting = Date.now();
        try {
          const { records, shards, reused, outputs } = await queue.finish();
          // A shard Pagefind left unfinished would break every search that reaches it: fail the build.
          outputs.forEach((o, s) => {
            if (!shardIsWhole(o.folder)) throw new Error(`搜索索引分片 ${s} 不完整。`);
          });
          placeShards(outputs, join(fileURLToPath(dir), 'pagefind'), placedFile);
          cache?.prune(new Set(outputs.map((o) => o.key)));
          logger.info(
            `搜索索引：${records} 份报告，${shards} 个分片（${reused} 个未改动，沿用上次构建），${Date.now() - started} ms（页面生成后又等待 ${Date.now() - waiting} ms）。`,
          );
        } finally {
          setRecordSink(undefined);
          rmSync(workDir, { recursive: true, force: true });
        }
      },
    },
  };
}

// Builds the Pagefind search index during the build: the catalog offers every report's search record
// as soon as it exists (src/lib/catalog.ts), and the shards are indexed in child processes while
// Astro renders the pages. When the build is done, the shards move to /pagefind/ (shard 0) and
// /pagefind/shard-k/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setRecordSink } from './recordSink.ts';
import { type ShardQueue, shardQueue } from './shardQueue.ts';
import { shardFolder } from './shards.ts';
import { moveFolder } from './moveFolder.ts';
import { pruneFirstShard, pruneShard } from './pruneShard.ts';
import { shardIsWhole } from './shardEntry.ts';

export function searchIndex(): AstroIntegration {
  let root: URL | null = null;
  let queue: ShardQueue | null = null;
  let workDir = '';
  let started = 0;
  return {
    name: 'nianbao-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': () => {
        started = Date.now();
        workDir = mkdtempSync(join(tmpdir(), 'nianbao-search-'));
        queue = shardQueue(workDir, fileURLToPath(new URL('src/search/indexShard.ts', root ?? undefined)));
        setRecordSink(queue);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!queue) return;
        const waiting = Date.now();
        try {
          const { records, shards } = await queue.finish();
          const out = join(fileURLToPath(dir), 'pagefind');
          rmSync(out, { recursive: true, force: true });
          // A shard Pagefind left unfinished would break every search that reaches it: fail the build.
          for (let s = 0; s < shards; s++) if (!shardIsWhole(join(workDir, `shard-${s}`))) throw new Error(`搜索索引分片 ${s} 不完整。`);
          pruneFirstShard(join(workDir, 'shard-0'));
          moveFolder(join(workDir, 'shard-0'), out);
          for (let s = 1; s < shards; s++) {
            pruneShard(join(workDir, `shard-${s}`));
            moveFolder(join(workDir, `shard-${s}`), join(out, shardFolder(s)));
          }
          logger.info(`搜索索引：${records} 份报告，${shards} 个分片，${Date.now() - started} ms（页面生成后又等待 ${Date.now() - waiting} ms）。`);
        } finally {
          setRecordSink(undefined);
          rmSync(workDir, { recursive: true, force: true });
        }
      },
    },
  };
}

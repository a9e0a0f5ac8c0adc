// Builds the Pagefind search index during the build: when the build starts, this integration starts
// indexSite.ts, which reads the reports the build parsed (Astro's content store) and indexes them in
// shards in child processes while Astro renders the pages. When the build is done, the shards go to
// /pagefind/ (shard 0) and /pagefind/shard-k/. Shards whose records did not change since the last build come from the shard
// cache in Astro's cacheDir (src/search/shardCache.ts), or stay where the last build put them
// (src/search/placeShards.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteIndexResult } from './indexSite.ts';
import { CONTENT_STORE_FILE } from '../build/contentStore.ts';
import { shardIsWhole } from './shardEntry.ts';
import { moveFolder } from './moveFolder.ts';
import { placeShards } from './placeShards.ts';
import { DIRECTORY_FOLDER } from './shardDirectory.ts';
import { shardCache } from './shardCache.ts';

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

interface SiteIndexing {
  /** What indexSite.ts printed on its last line. */
  result: Promise<SiteIndexResult>;
  /** Tells it that the pages are done (its input ends): it may index two shards at a time. */
  pagesDone(): void;
}

/** Starts indexSite.ts. */
function indexSite(script: string, args: string[]): SiteIndexing {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const result = new Promise<SiteIndexResult>((ok, fail) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      if (code !== 0) fail(new Error(`搜索索引未能生成（退出码 ${code}）。`));
      else ok(JSON.parse(last) as SiteIndexResult);
    });
  });
  // The child may have ended (or failed) before it is told: its input is then closed already.
  child.stdin.on('error', () => {});
  return { result, pagesDone: () => child.stdin.end() };
}

export function searchIndex(): AstroIntegration {
  let root: URL | null = null;
  let cacheDir: URL | null = null;
  let indexing: SiteIndexing | null = null;
  let workDir = '';
  let started = 0;
  return {
    name: 'nianbao-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
      },
      // The content store is written before the build starts: the index is made from it on the other
      // core while Astro bundles and renders the pages.
      'astro:build:start': () => {
        started = Date.now();
        const cache = new URL('.', cacheDir ?? root ?? undefined);
        workDir = mkdtempSync(join(tmpdir(), 'nianbao-search-'));
        const shardScript = fileURLToPath(new URL('src/search/indexShard.ts', root ?? undefined));
        indexing = indexSite(fileURLToPath(new URL('src/search/indexSite.ts', root ?? undefined)), [
          fileURLToPath(new URL(CONTENT_STORE_FILE, cache)),
          workDir,
          fileURLToPath(new URL('nianbao-search/', cache)),
          fileURLToPath(new URL('nianbao-search-inputs/', cache)),
          indexerSalt(shardScript),
        ]);
        // A failure is reported when the build is done and waits for the index.
        indexing.result.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return;
        indexing.pagesDone();
        const waiting = Date.now();
        const cache = new URL('.', cacheDir ?? root ?? undefined);
        try {
          const { records, shards, reused, outputs, directory } = await indexing.result;
          // A shard Pagefind left unfinished would break every search that reaches it: fail the build.
          outputs.forEach((o, s) => {
            if (!shardIsWhole(o.folder)) throw new Error(`搜索索引分片 ${s} 不完整。`);
          });
          const pagefindDir = join(fileURLToPath(dir), 'pagefind');
          placeShards(outputs, pagefindDir, fileURLToPath(new URL('nianbao-search-placed.json', cache)));
          // After the shards: placing shard 0 clears what else is in /pagefind/.
          rmSync(join(pagefindDir, DIRECTORY_FOLDER), { recursive: true, force: true });
          moveFolder(directory, join(pagefindDir, DIRECTORY_FOLDER));
          shardCache(fileURLToPath(new URL('nianbao-search/', cache))).prune(new Set(outputs.map((o) => o.key)));
          logger.info(
            `搜索索引：${records} 份报告，${shards} 个分片（${reused} 个未改动，沿用上次构建），${Date.now() - started} ms（页面生成后又等待 ${Date.now() - waiting} ms）。`,
          );
        } finally {
          indexing = null;
          rmSync(workDir, { recursive: true, force: true });
        }
      },
    },
  };
}

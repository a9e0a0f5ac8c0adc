// The search index of a whole site, in a process of its own, started by the search integration
// (src/search/integration.ts) when the build starts:
//   node indexSite.ts <content store file> <work folder> <shard cache folder> <shard inputs folder> <salt>
// It reads the reports the build parsed from Astro's content store, builds the same catalog as the
// pages (bodies, years, order), makes one search record per report and indexes them in shards (each
// in a child process, see shardQueue.ts), reusing the shards whose records did not change; a shard
// whose reports, bodies, settings and code are those of the last build (shardInputs.ts) is reused
// without its records being made again. It prints the result (SiteIndexResult) as JSON on its last
// line. It indexes one shard at a time until its input ends (the build's pages are done), two from
// then on. Beside the shards it writes the shard directory (shardDirectory.ts): which shards hold
// each word.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storedCollections } from '../build/contentStore.ts';
import { buildCatalog, type ReportEntry } from '../portal/catalog.ts';
import type { Body } from '../schema/body.ts';
import type { ReportEntryData } from '../schema/report.ts';
import { siteConfig } from '../site.config.ts';
import { writeDirectory } from './directoryFiles.ts';
import { indexedRecord } from './searchRecords.ts';
import { shardCache } from './shardCache.ts';
import { ShardDirectory, directoryBuckets } from './shardDirectory.ts';
import { codeKey } from '../build/codeKey.ts';
import { shardInputKey, shardInputStore } from './shardInputs.ts';
import { type ShardQueueResult, shardQueue } from './shardQueue.ts';
import { SEARCH_SHARD_SIZE, shardCount } from './shards.ts';

export interface SiteIndexResult extends ShardQueueResult {
  /** The folder of the shard directory's files. */
  directory: string;
}

const [storeFile, workDir, cacheRoot, inputsRoot, salt] = process.argv.slice(2);
if (!storeFile || !workDir || !cacheRoot || !inputsRoot || salt === undefined) {
  console.error('usage: node indexSite.ts <content store file> <work folder> <shard cache folder> <shard inputs folder> <salt>');
  process.exit(2);
}

const collections = storedCollections(storeFile);
const reports: ReportEntry[] = (collections.get('reports') ?? []).map((e) => ({
  id: e.id,
  data: e.data as ReportEntryData,
  digest: e.digest === undefined ? undefined : String(e.digest),
}));
const bodies = (collections.get('bodies') ?? []).map((e) => e.data as Body);
// The same catalog as the pages', without the checks that compare each report with last year's: a search record holds none.
const catalog = buildCatalog(reports, bodies, siteConfig.rootRegion, { checks: false });

const cache = shardCache(cacheRoot);
const queue = shardQueue(workDir, fileURLToPath(new URL('indexShard.ts', import.meta.url)), { cache, salt });
const directory = new ShardDirectory();
// What makes records besides the reports: the site's settings (the root region places bodies), this
// module's code with all it imports, and the packages (the lockfile).
const lockfile = join(dirname(fileURLToPath(import.meta.url)), '../../package-lock.json');
const recordsCodeKey = [salt, JSON.stringify(siteConfig), codeKey(fileURLToPath(import.meta.url), [lockfile])].join(':');
const inputs = shardInputStore(inputsRoot);
const inputKeys = Array.from({ length: shardCount(catalog.reports.length) }, (_, shard) =>
  shardInputKey(catalog.reports.slice(shard * SEARCH_SHARD_SIZE, (shard + 1) * SEARCH_SHARD_SIZE), recordsCodeKey),
);
const known = new Set<number>();
queue.offer(
  catalog.reports.length,
  (i) => {
    const { record, words } = indexedRecord(catalog.reports[i] as (typeof catalog.reports)[number]);
    directory.add(Math.floor(i / SEARCH_SHARD_SIZE), words);
    return record;
  },
  (shard) => {
    const inputKey = inputKeys[shard];
    const input = inputKey ? inputs.lookup(inputKey) : null;
    // Without the indexed shard in the cache the records are made after all (and give these words).
    if (!input || !cache.lookup(input.recordsKey)) return null;
    directory.add(shard, input.words);
    known.add(shard);
    return input.recordsKey;
  },
);
// The build closes this process's input when its pages are done: its core is free from then on, and
// two shards are indexed at a time.
process.stdin.on('end', () => queue.setChildren(2));
process.stdin.resume();
const result = await queue.finish();
process.stdin.destroy(); // listened to no longer: it must not keep this process running
inputKeys.forEach((inputKey, shard) => {
  if (inputKey && !known.has(shard))
    inputs.store(inputKey, { recordsKey: result.outputs[shard]?.key ?? '', words: directory.wordsOf(shard) });
});
inputs.prune(new Set(inputKeys.filter((k) => k !== null)));
const directoryFolder = join(workDir, 'directory');
writeDirectory(directory, directoryBuckets(catalog.reports.length), directoryFolder);
process.stdout.write(`\n${JSON.stringify({ ...result, directory: directoryFolder } satisfies SiteIndexResult)}\n`);

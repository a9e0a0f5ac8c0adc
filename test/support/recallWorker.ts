// A worker thread of the recall property test (test/search/recallProperty.test.ts): runs a batch of
// queries, each in a Pagefind loaded afresh (a module of its own, as a reader's first search), and
// says for each whether the search page would list the report. A worker ends after its batch, which
// frees the Pagefind copies it loaded.
import { parentPort, workerData } from 'node:worker_threads';
import { type ShardedIndex, candidateStream } from '../../src/search/candidateStream.ts';
import { type PagefindRecord, confirm } from '../../src/search/findReports.ts';
import { type PagefindModule, loadShardedIndex } from '../../src/search/shardedIndex.ts';

export interface RecallCase {
  query: string;
  pageId: string;
  record: PagefindRecord;
}

export interface RecallBatch {
  /** The site's address (ending in /), its pagefind.js as a file URL, how many index shards and directory buckets it has. */
  siteUrl: string;
  pagefindModule: string;
  shards: number;
  buckets: number;
  cases: RecallCase[];
}

const batch = workerData as RecallBatch;

async function freshIndex(load: number): Promise<ShardedIndex> {
  const pagefind = (await import(`${batch.pagefindModule}?load=${load}`)) as PagefindModule;
  return loadShardedIndex(pagefind, `${batch.siteUrl}pagefind/`, '/', batch.shards, batch.buckets);
}

/** Whether the search page lists the report for the query: among the candidates, and confirmed. */
async function listed(c: RecallCase, load: number): Promise<boolean> {
  const stream = candidateStream(await freshIndex(load), { text: c.query, filters: {}, sortByYear: false });
  for (;;) {
    const candidates = await stream.take(1000);
    if (candidates.length === 0) return false;
    if (candidates.some((r) => r.id === c.pageId)) return confirm(c.record, c.query) !== null;
  }
}

const results: boolean[] = [];
for (const [i, c] of batch.cases.entries()) results.push(await listed(c, i));
parentPort?.postMessage(results);

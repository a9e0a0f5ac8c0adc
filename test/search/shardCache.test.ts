// Index shards are reused between builds only when their records are the same: the queue keys each
// shard by what it wrote, takes a stored shard for a known key and indexes (and stores) the rest.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardCache } from '../../src/search/shardCache.ts';
import { shardQueue } from '../../src/search/shardQueue.ts';
import type { SearchRecord } from '../../src/search/searchRecords.ts';

/** A stand-in indexer: writes a whole-looking shard (entry file + meta) that names its records file. */
function fakeIndexer(dir: string): string {
  const script = join(dir, 'fake-indexer.mjs');
  writeFileSync(
    script,
    `import { mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
const [input, output] = process.argv.slice(2);
mkdirSync(output, { recursive: true });
writeFileSync(output + '/pagefind-entry.json', JSON.stringify({ languages: { en: { hash: 'h' } } }));
writeFileSync(output + '/pagefind.h.pf_meta', readFileSync(input));
appendFileSync(${JSON.stringify(join(dir, 'runs.log'))}, input + '\\n');
`,
  );
  return script;
}

const record = (url: string, content: string): SearchRecord => ({ url, content, language: 'en', meta: {}, filters: {}, sort: {} });

async function build(dir: string, records: SearchRecord[], run: number) {
  const work = join(dir, `work-${run}`);
  mkdirSync(work);
  const cache = shardCache(join(dir, 'cache'));
  const queue = shardQueue(work, join(dir, 'fake-indexer.mjs'), { size: 2, cache, salt: 'v1' });
  queue.offer(records.length, (i) => records[i] as SearchRecord);
  const result = await queue.finish();
  cache.prune(new Set(result.outputs.map((o) => o.key)));
  return { ...result, work };
}

describe('shard cache', () => {
  it('indexes only the shards whose records changed, and copies the others from the last build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-shards-'));
    fakeIndexer(dir);
    const records = [record('/a/', 'a'), record('/b/', 'b'), record('/c/', 'c'), record('/d/', 'd'), record('/e/', 'e')];
    const first = await build(dir, records, 1);
    expect(first).toMatchObject({ records: 5, shards: 3, reused: 0 });
    const runs = () => readFileSync(join(dir, 'runs.log'), 'utf8').trim().split('\n').length;
    expect(runs()).toBe(3);

    const edited = records.map((r) => (r.url === '/c/' ? record('/c/', 'c, edited') : r));
    const second = await build(dir, edited, 2);
    expect(second).toMatchObject({ shards: 3, reused: 2 });
    expect(runs()).toBe(4);
    // The reused shard is the one written for these records; the re-indexed one holds the edit.
    const [shard0, shard1] = second.outputs;
    expect(shard0?.indexed).toBe(false);
    expect(readFileSync(join(shard0?.folder ?? '', 'pagefind.h.pf_meta'), 'utf8')).toContain('"/a/"');
    expect(shard1).toMatchObject({ indexed: true, folder: join(second.work, 'shard-1') });
    expect(readFileSync(join(shard1?.folder ?? '', 'pagefind.h.pf_meta'), 'utf8')).toContain('c, edited');

    // The pruned cache holds this build's shards only: going back re-indexes the old shard 1.
    const third = await build(dir, records, 3);
    expect(third.reused).toBe(2);
    expect(runs()).toBe(5);
  });

  it('does not take a stored shard that is not whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-shards-'));
    const cache = shardCache(join(dir, 'cache'));
    const half = join(dir, 'half');
    mkdirSync(half);
    writeFileSync(join(half, 'pagefind-entry.json'), '{');
    cache.store('k', half);
    expect(cache.lookup('k')).toBeNull();
    expect(cache.lookup('unknown')).toBeNull();
  });
});

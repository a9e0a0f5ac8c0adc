// The shard queue indexes one shard at a time while the build renders its pages, and as many as the
// build allows once its core is free (setChildren); every shard's output comes back in shard order.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardQueue } from '../../src/search/shardQueue.ts';
import type { SearchRecord } from '../../src/search/searchRecords.ts';

/** A stand-in indexer that takes a while and notes when it starts and ends. */
function slowIndexer(dir: string): string {
  const script = join(dir, 'slow-indexer.mjs');
  writeFileSync(
    script,
    `import { appendFileSync, mkdirSync } from 'node:fs';
const [input, output] = process.argv.slice(2);
const log = ${JSON.stringify(join(dir, 'children.log'))};
appendFileSync(log, 'start ' + input + '\\n');
await new Promise((done) => setTimeout(done, 300));
mkdirSync(output, { recursive: true });
appendFileSync(log, 'end ' + input + '\\n');
`,
  );
  return script;
}

const records: SearchRecord[] = ['a', 'b', 'c', 'd'].map((id) => ({
  url: `/${id}/`,
  content: id,
  language: 'en',
  meta: {},
  filters: {},
  sort: {},
}));

/** The most children that ran at once, read from their log. */
function mostAtOnce(dir: string): number {
  let now = 0;
  let most = 0;
  for (const line of readFileSync(join(dir, 'children.log'), 'utf8').trim().split('\n')) {
    now += line.startsWith('start ') ? 1 : -1;
    most = Math.max(most, now);
  }
  return most;
}

async function run(children: number | null) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-queue-'));
  const queue = shardQueue(join(dir, 'work'), slowIndexer(dir), { size: 1 });
  if (children !== null) queue.setChildren(children);
  queue.offer(records.length, (i) => records[i] as SearchRecord);
  const result = await queue.finish();
  return { result, dir };
}

describe('shardQueue', () => {
  it('indexes one shard at a time unless told otherwise', async () => {
    const { result, dir } = await run(null);
    expect(result).toMatchObject({ records: 4, shards: 4, reused: 0 });
    expect(mostAtOnce(dir)).toBe(1);
  });

  it('indexes two at a time once allowed, and still gives the outputs in shard order', async () => {
    const { result, dir } = await run(2);
    expect(mostAtOnce(dir)).toBe(2);
    expect(result.outputs.map((o) => o.folder)).toEqual([0, 1, 2, 3].map((s) => join(dir, 'work', `shard-${s}`)));
  });
});

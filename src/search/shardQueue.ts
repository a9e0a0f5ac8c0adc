// Builds the index shards one after another in child processes while the build goes on: the records
// of a shard are written to a JSONL file, then `indexShard.ts` indexes them. One child at a time:
// on a 2-core machine the other core renders the pages.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from './records.ts';
import { SEARCH_SHARD_SIZE, shardCount } from './shards.ts';

export interface ShardQueue {
  offer(count: number, recordAt: (i: number) => SearchRecord): void;
  /** Resolves with the number of records and shards once every shard is written. */
  finish(): Promise<{ records: number; shards: number }>;
}

function runShard(script: string, records: string, output: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [script, records, output], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`搜索索引分片 ${output} 失败（退出码 ${code}）`))));
  });
}

/** Writes the shard's records, one JSON line each, a few at a time so that few are held at once. */
function writeRecords(file: string, from: number, to: number, recordAt: (i: number) => SearchRecord): void {
  const fd = openSync(file, 'w');
  try {
    for (let i = from; i < to; i++) writeSync(fd, `${JSON.stringify(recordAt(i))}\n`);
  } finally {
    closeSync(fd);
  }
}

export function shardQueue(workDir: string, script: string, size = SEARCH_SHARD_SIZE): ShardQueue {
  mkdirSync(workDir, { recursive: true });
  let chain: Promise<void> = Promise.resolve();
  let offered: { records: number; shards: number } | null = null;
  const enqueue = (shard: number, from: number, to: number, recordAt: (i: number) => SearchRecord) => {
    chain = chain.then(async () => {
      const file = join(workDir, `shard-${shard}.jsonl`);
      writeRecords(file, from, to, recordAt);
      await runShard(script, file, join(workDir, `shard-${shard}`));
    });
  };
  return {
    offer(count, recordAt) {
      if (offered) return;
      const shards = shardCount(count, size);
      offered = { records: count, shards };
      for (let s = 0; s < shards; s++) enqueue(s, s * size, Math.min(count, (s + 1) * size), recordAt);
    },
    async finish() {
      // A site without reports (or whose catalog was never built) still gets an empty index.
      if (!offered) this.offer(0, () => {
        throw new Error('no records');
      });
      await chain;
      return offered as { records: number; shards: number };
    },
  };
}

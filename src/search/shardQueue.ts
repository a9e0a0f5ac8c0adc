// Builds the index shards in child processes while the build goes on: the records of a shard are
// written to a JSONL file (ahead of the children), then `indexShard.ts` indexes them. One child at a
// time while the pages render (on a 2-core machine the other core renders them); more once the build
// says its core is free (setChildren). A shard whose records are the same as in the last build (the
// same key) is taken from the shard cache instead.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { SearchRecord } from './searchRecords.ts';
import { SEARCH_SHARD_SIZE, shardCount } from './shards.ts';
import type { ShardCache } from './shardCache.ts';
import type { ShardOutput } from './placeShards.ts';

export interface ShardQueueResult {
  records: number;
  shards: number;
  /** Shards taken from the cache rather than indexed. */
  reused: number;
  /** Each shard's key and files, in shard order. */
  outputs: ShardOutput[];
}

export interface ShardQueue {
  /**
   * The records to index, `count` of them. `knownKey` may name a shard's records key without its
   * records being made (shardInputs.ts): when the cache holds that key, the shard is taken from it and
   * recordAt is not asked for the shard's records.
   */
  offer(count: number, recordAt: (i: number) => SearchRecord, knownKey?: (shard: number) => string | null): void;
  /** How many shards may be indexed at a time from now on (1 at first). */
  setChildren(count: number): void;
  /** Resolves once every shard is written. */
  finish(): Promise<ShardQueueResult>;
}

export interface ShardQueueOptions {
  size?: number;
  cache?: ShardCache;
  /** What else a shard's output depends on besides its records (the indexer's code and version). */
  salt?: string;
}

function runShard(script: string, records: string, output: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [script, records, output], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`搜索索引分片 ${output} 失败（退出码 ${code}）`))));
  });
}

/**
 * Writes the shard's records, one JSON line each, a few at a time so that few are held at once;
 * returns the key of what was written.
 */
function writeRecords(file: string, from: number, to: number, recordAt: (i: number) => SearchRecord, salt: string): string {
  const hash = createHash('sha256').update(salt);
  const fd = openSync(file, 'w');
  try {
    for (let i = from; i < to; i++) {
      const line = `${JSON.stringify(recordAt(i))}\n`;
      hash.update(line);
      writeSync(fd, line);
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('base64url').slice(0, 32);
}

export function shardQueue(workDir: string, script: string, options: ShardQueueOptions = {}): ShardQueue {
  const { size = SEARCH_SHARD_SIZE, cache, salt = '' } = options;
  mkdirSync(workDir, { recursive: true });
  let offered: { records: number; shards: number } | null = null;
  let reused = 0;
  let finished = 0;
  const outputs: ShardOutput[] = [];
  const all = Promise.withResolvers<void>();
  all.promise.catch(() => {}); // a failure is given by finish()
  // Shards whose records are written, waiting for a child; the children running; how many may run.
  const ready: { shard: number; key: string }[] = [];
  let running = 0;
  let children = 1;

  const indexShard = async (shard: number, key: string): Promise<void> => {
    const cached = cache?.lookup(key);
    if (cached) {
      outputs[shard] = { key, folder: cached, indexed: false };
      reused++;
      return;
    }
    const output = join(workDir, `shard-${shard}`);
    await runShard(script, join(workDir, `shard-${shard}.jsonl`), output);
    cache?.store(key, output);
    outputs[shard] = { key, folder: output, indexed: true };
  };
  const startChildren = () => {
    while (running < children && ready.length > 0) {
      const { shard, key } = ready.shift() as { shard: number; key: string };
      running++;
      indexShard(shard, key).then(() => {
        running--;
        if (++finished === offered?.shards) all.resolve();
        startChildren();
      }, all.reject);
    }
  };
  // The records are written shard after shard, ahead of the children: while a child indexes shard k,
  // this process writes the next shards' records. Between two shards it lets the event loop run, so
  // that a child that ended is seen and the next one started.
  const writeShards = async (
    count: number,
    shards: number,
    recordAt: (i: number) => SearchRecord,
    knownKey: (shard: number) => string | null,
  ) => {
    for (let shard = 0; shard < shards; shard++) {
      await new Promise((turn) => setImmediate(turn));
      const known = knownKey(shard);
      if (known !== null && cache?.lookup(known)) ready.push({ shard, key: known });
      else {
        const file = join(workDir, `shard-${shard}.jsonl`);
        ready.push({ shard, key: writeRecords(file, shard * size, Math.min(count, (shard + 1) * size), recordAt, salt) });
      }
      startChildren();
    }
  };
  return {
    offer(count, recordAt, knownKey = () => null) {
      if (offered) return;
      const shards = shardCount(count, size);
      offered = { records: count, shards };
      writeShards(count, shards, recordAt, knownKey).catch(all.reject);
    },
    setChildren(count) {
      children = count;
      startChildren();
    },
    async finish() {
      // A site without reports (or whose catalog was never built) still gets an empty index.
      if (!offered)
        this.offer(0, () => {
          throw new Error('no records');
        });
      await all.promise;
      return { ...(offered as { records: number; shards: number }), reused, outputs };
    },
  };
}

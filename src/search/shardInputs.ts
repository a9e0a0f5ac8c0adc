// What a shard's search records are made from, as a key: its reports' ids and store digests, the
// bodies they are filed under and the code that turns them into records. When a shard's input key is
// the same as in the last build, the records it gave then (their key, under which the shard cache
// keeps the indexed shard) and the words they held (for the shard directory) are read back, and the
// shard's records are not made again: a rebuild after one edit makes the records of one shard, not of
// every report. A shard whose input changed, or that the last build did not see, is made as before and
// still reuses the cached shard when its records come out the same.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogReport } from '../portal/catalog.ts';

export interface ShardInput {
  /** The key of the records this input gave (the shard cache's key). */
  recordsKey: string;
  /** The words those records held, once each (what the shard directory lists for the shard). */
  words: string[];
}

/**
 * The input key of a shard's reports; null when a report has no store digest (then nothing tells
 * that its data is unchanged, and its shard's records are always made).
 */
export function shardInputKey(reports: readonly CatalogReport[], codeKey: string): string | null {
  const hash = createHash('sha256').update(codeKey);
  for (const r of reports) {
    if (r.digest === null) return null;
    const b = r.body;
    hash.update(JSON.stringify([r.id, r.digest, r.year, b.slug, b.name, b.level, b.region]));
  }
  return hash.digest('base64url').slice(0, 32);
}

export interface ShardInputStore {
  lookup(inputKey: string): ShardInput | null;
  store(inputKey: string, input: ShardInput): void;
  /** Removes every stored input not in `used`. */
  prune(used: ReadonlySet<string>): void;
}

/** Inputs kept between builds, one file each in `root`: the records' key on the first line, then one word a line. */
export function shardInputStore(root: string): ShardInputStore {
  const fileOf = (key: string) => join(root, `${key}.txt`);
  return {
    lookup(inputKey) {
      const file = fileOf(inputKey);
      if (!existsSync(file)) return null;
      const [recordsKey, ...words] = readFileSync(file, 'utf8').split('\n');
      return recordsKey ? { recordsKey, words: words.filter((w) => w !== '') } : null;
    },
    store(inputKey, { recordsKey, words }) {
      mkdirSync(root, { recursive: true });
      // Written under a temporary name and renamed: a build stopped half-way leaves no half file under a key.
      const partial = `${fileOf(inputKey)}.partial`;
      writeFileSync(partial, [recordsKey, ...words].join('\n'));
      renameSync(partial, fileOf(inputKey));
    },
    prune(used) {
      if (!existsSync(root)) return;
      for (const name of readdirSync(root)) if (!used.has(name.replace(/\.txt$/, ''))) rmSync(join(root, name), { force: true });
    },
  };
}

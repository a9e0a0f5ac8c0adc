// Finished index shards kept between builds, each under a key made from its records (and the indexer
// that wrote it): a shard whose reports did not change is copied from the last build instead of being
// indexed again, so an edit to one report re-indexes one shard. Kept in Astro's cacheDir.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { shardIsWhole } from './shardEntry.ts';

export interface ShardCache {
  /** The folder of a whole shard stored under `key`, or null. */
  lookup(key: string): string | null;
  /** Keeps a copy of a finished shard under `key`. */
  store(key: string, folder: string): void;
  /** Removes every stored shard whose key is not in `used` (shards of reports that changed or left). */
  prune(used: ReadonlySet<string>): void;
}

export function shardCache(root: string): ShardCache {
  return {
    lookup(key) {
      const folder = join(root, key);
      return existsSync(folder) && shardIsWhole(folder) ? folder : null;
    },
    store(key, folder) {
      mkdirSync(root, { recursive: true });
      // Copied under a temporary name and renamed: a build stopped half-way leaves no half shard under a key.
      const partial = join(root, `${key}.partial`);
      rmSync(partial, { recursive: true, force: true });
      cpSync(folder, partial, { recursive: true });
      rmSync(join(root, key), { recursive: true, force: true });
      renameSync(partial, join(root, key));
    },
    prune(used) {
      if (!existsSync(root)) return;
      for (const name of readdirSync(root)) if (!used.has(name)) rmSync(join(root, name), { recursive: true, force: true });
    },
  };
}

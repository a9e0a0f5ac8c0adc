// Puts the index shards where the site serves them: shard 0 at /pagefind/, shard k at
// /pagefind/shard-k/. The output folder is kept between builds (src/build/keptOutput.ts), so a shard
// already in place with the same key as this build's is left alone; the others are moved in (newly
// indexed) or copied (from the shard cache), and shards the index no longer has are removed.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moveFolder } from './moveFolder.ts';
import { pruneFirstShard, pruneShard } from './pruneShard.ts';
import { shardFolder } from './shardedIndex.ts';
import { shardIsWhole } from './shardEntry.ts';

export interface ShardOutput {
  key: string;
  /** The shard's files: a folder this build indexed (moved into place), or one in the cache (copied). */
  folder: string;
  indexed: boolean;
}

/** Which shard keys were placed in which output folder, kept in the cache between builds. */
interface Placed {
  out: string;
  keys: string[];
}

function readPlaced(file: string): Placed | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Placed;
  } catch {
    return null;
  }
}

/** Empties a shard's place; shard 0's place holds the other shards' folders, which stay. */
function clearPlace(out: string, shard: number): void {
  const place = join(out, shardFolder(shard));
  if (shard > 0) {
    rmSync(place, { recursive: true, force: true });
    return;
  }
  if (!existsSync(place)) return;
  for (const name of readdirSync(place)) if (!/^shard-\d+$/.test(name)) rmSync(join(place, name), { recursive: true, force: true });
}

function putInPlace(shard: ShardOutput, place: string): void {
  if (!shard.indexed) {
    mkdirSync(place, { recursive: true });
    cpSync(shard.folder, place, { recursive: true });
  } else if (existsSync(place)) {
    // Shard 0's place already holds the other shards' folders: move its files in one by one.
    for (const name of readdirSync(shard.folder)) moveFolder(join(shard.folder, name), join(place, name));
  } else {
    mkdirSync(join(place, '..'), { recursive: true });
    moveFolder(shard.folder, place);
  }
}

/** Places every shard below `out` (the site's /pagefind/); returns how many were already there. */
export function placeShards(shards: readonly ShardOutput[], out: string, placedFile: string): number {
  const last = readPlaced(placedFile);
  const before = last?.out === out ? last.keys : [];
  let kept = 0;
  // Shard 0 last: clearing its place must not run after another shard has been put below it.
  for (let s = shards.length - 1; s >= 0; s--) {
    const shard = shards[s] as ShardOutput;
    const place = join(out, shardFolder(s));
    if (before[s] === shard.key && shardIsWhole(place)) {
      kept++;
      continue;
    }
    clearPlace(out, s);
    putInPlace(shard, place);
    if (s === 0) pruneFirstShard(place);
    else pruneShard(place);
  }
  // Shards the index no longer has (fewer reports than last time).
  if (existsSync(out))
    for (const name of readdirSync(out))
      if (/^shard-(\d+)$/.test(name) && Number(name.slice(6)) >= shards.length) rmSync(join(out, name), { recursive: true, force: true });
  mkdirSync(join(placedFile, '..'), { recursive: true });
  writeFileSync(placedFile, JSON.stringify({ out, keys: shards.map((s) => s.key) } satisfies Placed));
  return kept;
}

// Writes the shard directory (shardDirectory.ts) as files: one gzipped file per bucket, in a folder
// the search integration puts at /pagefind/directory/ after the shards are in place.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type ShardDirectory, bucketFile } from './shardDirectory.ts';

export function writeDirectory(directory: ShardDirectory, buckets: number, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  directory.buckets(buckets).forEach((text, bucket) => writeFileSync(join(folder, bucketFile(bucket)), gzipSync(text, { level: 9 })));
}

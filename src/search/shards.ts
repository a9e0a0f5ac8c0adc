// The search index comes in shards of at most SEARCH_SHARD_SIZE reports: Pagefind holds a whole
// index in memory while it writes it (about 0.9 MB per report), so one index of ten thousand reports
// would need gigabytes. Shard 0 is the Pagefind bundle at /pagefind/; shard k at /pagefind/shard-k/.
// The search page merges them (Pagefind's mergeIndex) into one search.

export const SEARCH_SHARD_SIZE = Number(process.env.SEARCH_SHARD_SIZE ?? 500);

export function shardCount(reports: number, size = SEARCH_SHARD_SIZE): number {
  return Math.max(1, Math.ceil(reports / size));
}

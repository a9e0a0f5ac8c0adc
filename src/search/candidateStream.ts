// Candidates from an index in shards, a shard at a time: a search first reads the shards merged so
// far (at first only shard 0, the newest reports), and merges another shard only when its
// candidates are used up and more are wanted. Which shards are worth merging the shard directory
// tells (shardDirectory.ts): a shard lacking one of the query's tokens holds no report that
// contains the query. A first search downloads one shard's index, not all; a query no report
// answers stops after the first.
import { type Candidates, type PagefindApi, findCandidates } from './findReports.ts';

export interface ShardedIndex {
  pagefind: PagefindApi;
  /** Shards in the index. */
  total: number;
  /** Whether a shard is merged into `pagefind` (kept across searches). */
  isMerged(shard: number): boolean;
  /** Merges a shard into `pagefind`. */
  merge(shard: number): Promise<void>;
  /** The shards that can hold a report containing the query, in order; null when the index cannot tell. */
  shardsFor(query: string): Promise<number[] | null>;
}

export interface CandidateStream {
  /** Up to `n` more candidates, merging further shards when the searched ones are used up. */
  take(n: number): Promise<Candidates['results']>;
  /** Candidates found and not yet taken. */
  pending(): number;
  /** Whether shards are left that this search has not read. */
  moreShards(): boolean;
}

export interface Query {
  text: string;
  filters: Record<string, string[]>;
  sortByYear: boolean;
  /** Every year in the index, for sorting by year without asking the index for its filters. */
  years?: string[];
}

export function candidateStream(index: ShardedIndex, query: Query): CandidateStream {
  const queue: Candidates['results'] = [];
  const seen = new Set<string>();
  let searched = false;
  // The shards still to merge for this query: asked of the directory when the first search (over the
  // shards merged already) has not found enough.
  let unread: number[] | null = null;
  const unmerged = (shards: number[]) => shards.filter((s) => !index.isMerged(s));
  const allShards = () => Array.from({ length: index.total }, (_, s) => s);
  const search = async (): Promise<void> => {
    const { results } = await findCandidates(index.pagefind, query.text, query.filters, query.sortByYear, query.years);
    searched = true;
    for (const r of results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      queue.push(r);
    }
  };
  const moreShards = () => (!searched || unread === null ? unmerged(allShards()).length > 0 : unread.length > 0);
  return {
    async take(n) {
      if (!searched) await search();
      while (queue.length < n) {
        unread ??= unmerged((await index.shardsFor(query.text)) ?? allShards());
        const next = unread.shift();
        if (next === undefined) break;
        if (index.isMerged(next)) continue;
        await index.merge(next);
        await search();
      }
      return queue.splice(0, n);
    },
    pending: () => queue.length,
    moreShards,
  };
}

// Candidates from an index in shards, a shard at a time: a search first reads the shards merged so
// far (at first only shard 0, the newest reports), and merges the next shard only when its
// candidates are used up and more are wanted. A first search downloads one shard's index, not all.
import { type Candidates, type PagefindApi, findCandidates } from './findReports.ts';

export interface ShardedIndex {
  pagefind: PagefindApi;
  /** Shards in the index, and how many are merged into `pagefind` so far (kept across searches). */
  total: number;
  merged(): number;
  /** Merges the next shard into `pagefind`. */
  mergeNext(): Promise<void>;
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
  let searched = 0;
  const searchMore = async (): Promise<void> => {
    if (searched >= index.merged()) await index.mergeNext();
    const { results } = await findCandidates(index.pagefind, query.text, query.filters, query.sortByYear, query.years);
    searched = index.merged();
    for (const r of results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      queue.push(r);
    }
  };
  return {
    async take(n) {
      while (queue.length < n && searched < index.total) await searchMore();
      return queue.splice(0, n);
    },
    pending: () => queue.length,
    moreShards: () => searched < index.total,
  };
}

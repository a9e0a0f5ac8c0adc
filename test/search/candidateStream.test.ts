// A search over an index in shards reads one shard first and merges another only when more
// candidates are wanted than the merged shards hold, and then only a shard the shard directory says
// can hold the query.
import { describe, expect, it } from 'vitest';
import { type ShardedIndex, candidateStream } from '../../src/search/candidateStream.ts';
import type { PagefindApi } from '../../src/search/findReports.ts';

/**
 * Three shards of four pages; the query matches pages whose id starts with it. The directory knows
 * which shards hold a page for each query, unless `withDirectory` is false.
 */
function fakeIndex(withDirectory = true): ShardedIndex & { merged: number[]; directoryReads: number } {
  const shards = [
    ['x1', 'x2', 'y3', 'x4'],
    ['x5', 'y6', 'x7', 'x8'],
    ['x9', 'y10', 'z11', 'x12'],
  ];
  const pagefind: PagefindApi = {
    filters: async () => ({}),
    search: async (query) => ({
      results: shards
        .filter((_, s) => index.merged.includes(s))
        .flat()
        .filter((id) => id.startsWith((query ?? '').replace(/"/g, '')))
        .map((id) => ({ id, data: async () => ({ url: id, content: '', meta: {} }) })),
    }),
  };
  const index = {
    pagefind,
    total: shards.length,
    merged: [0],
    directoryReads: 0,
    isMerged: (shard: number) => index.merged.includes(shard),
    merge: async (shard: number) => {
      index.merged.push(shard);
    },
    shardsFor: async (query: string) => {
      index.directoryReads++;
      if (!withDirectory) return null;
      return shards.flatMap((ids, s) => (ids.some((id) => id.startsWith(query)) ? [s] : []));
    },
  };
  return index;
}

const query = (text: string) => ({ text, filters: {}, sortByYear: false });

describe('candidateStream', () => {
  it('reads only the first shard when it holds enough candidates, without asking the directory', async () => {
    const index = fakeIndex();
    const stream = candidateStream(index, query('x'));
    expect((await stream.take(2)).map((r) => r.id)).toEqual(['x1', 'x2']);
    expect(index.merged).toEqual([0]);
    expect(index.directoryReads).toBe(0);
    expect(stream.pending()).toBe(1);
    expect(stream.moreShards()).toBe(true);
  });

  it('merges the next shards one at a time when more are wanted, never giving a candidate twice', async () => {
    const index = fakeIndex();
    const stream = candidateStream(index, query('x'));
    expect((await stream.take(5)).map((r) => r.id)).toEqual(['x1', 'x2', 'x4', 'x5', 'x7']);
    expect(index.merged).toEqual([0, 1]);
    expect((await stream.take(10)).map((r) => r.id)).toEqual(['x8', 'x9', 'x12']);
    expect(index.merged).toEqual([0, 1, 2]);
    expect(stream.moreShards()).toBe(false);
    expect(await stream.take(10)).toEqual([]);
  });

  it('skips the shards the directory says cannot hold the query', async () => {
    const index = fakeIndex();
    const stream = candidateStream(index, query('z'));
    expect((await stream.take(10)).map((r) => r.id)).toEqual(['z11']);
    expect(index.merged).toEqual([0, 2]);
    expect(stream.moreShards()).toBe(false);
  });

  it('stops after the first shard when no shard holds the query', async () => {
    const index = fakeIndex();
    const stream = candidateStream(index, query('w'));
    expect(await stream.take(10)).toEqual([]);
    expect(index.merged).toEqual([0]);
    expect(stream.moreShards()).toBe(false);
  });

  it('reads every shard in order when the index has no directory', async () => {
    const index = fakeIndex(false);
    const stream = candidateStream(index, query('z'));
    expect((await stream.take(10)).map((r) => r.id)).toEqual(['z11']);
    expect(index.merged).toEqual([0, 1, 2]);
  });

  it('searches every shard merged by an earlier search at once', async () => {
    const index = fakeIndex();
    await candidateStream(index, query('x')).take(5);
    const again = candidateStream(index, query('x'));
    expect((await again.take(1)).map((r) => r.id)).toEqual(['x1']);
    expect(again.pending()).toBe(5);
    expect(index.merged).toEqual([0, 1]);
  });
});

// A search over an index in shards reads one shard first and merges the next only when more
// candidates are wanted than the merged shards hold.
import { describe, expect, it } from 'vitest';
import { type ShardedIndex, candidateStream } from '../../src/search/candidateStream.ts';
import type { PagefindApi } from '../../src/search/findReports.ts';

/** Three shards of four pages; the query matches pages whose id contains 'x'. */
function fakeIndex(): ShardedIndex & { merges: number } {
  const shards = [
    ['x1', 'x2', 'y3', 'x4'],
    ['x5', 'y6', 'x7', 'x8'],
    ['x9', 'y10', 'y11', 'x12'],
  ];
  let merged = 1;
  const pagefind: PagefindApi = {
    filters: async () => ({}),
    search: async () => ({
      results: shards
        .slice(0, merged)
        .flat()
        .filter((id) => id.startsWith('x'))
        .map((id) => ({ id, data: async () => ({ url: id, content: '', meta: {} }) })),
    }),
  };
  const index = {
    pagefind,
    total: shards.length,
    merged: () => merged,
    merges: 0,
    mergeNext: async () => {
      merged++;
      index.merges++;
    },
  };
  return index;
}

describe('candidateStream', () => {
  it('reads only the first shard when it holds enough candidates', async () => {
    const index = fakeIndex();
    const stream = candidateStream(index, { text: 'x', filters: {}, sortByYear: false });
    expect((await stream.take(2)).map((r) => r.id)).toEqual(['x1', 'x2']);
    expect(index.merges).toBe(0);
    expect(stream.pending()).toBe(1);
    expect(stream.moreShards()).toBe(true);
  });

  it('merges the next shards one at a time when more are wanted, never giving a candidate twice', async () => {
    const index = fakeIndex();
    const stream = candidateStream(index, { text: 'x', filters: {}, sortByYear: false });
    expect((await stream.take(5)).map((r) => r.id)).toEqual(['x1', 'x2', 'x4', 'x5', 'x7']);
    expect(index.merges).toBe(1);
    expect((await stream.take(10)).map((r) => r.id)).toEqual(['x8', 'x9', 'x12']);
    expect(index.merges).toBe(2);
    expect(stream.moreShards()).toBe(false);
    expect(await stream.take(10)).toEqual([]);
  });

  it('searches every shard merged by an earlier search at once', async () => {
    const index = fakeIndex();
    await candidateStream(index, { text: 'x', filters: {}, sortByYear: false }).take(5);
    const again = candidateStream(index, { text: 'x', filters: {}, sortByYear: false });
    expect((await again.take(1)).map((r) => r.id)).toEqual(['x1']);
    expect(again.pending()).toBe(5);
    expect(index.merges).toBe(1);
  });
});

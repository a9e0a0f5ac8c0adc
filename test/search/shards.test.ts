// The search index in shards: how many, and a search sorted by year across them.
import { describe, expect, it } from 'vitest';
import { shardFolder } from '../../src/search/shardedIndex.ts';
import { shardCount } from '../../src/search/shards.ts';
import { type PagefindApi, findCandidates } from '../../src/search/findReports.ts';

describe('search index shards', () => {
  it('puts at most the shard size of reports in each shard, and always has one', () => {
    expect(shardCount(0, 1000)).toBe(1);
    expect(shardCount(1000, 1000)).toBe(1);
    expect(shardCount(1001, 1000)).toBe(2);
    expect(shardCount(10_000, 1000)).toBe(10);
    expect([0, 1, 9].map(shardFolder)).toEqual(['', 'shard-1/', 'shard-9/']);
  });

  it('sorts by year across shards by asking for each year in turn, newest first, then the reports without a year', async () => {
    // A merged index that returns each year's reports in shard order, not in year order.
    const pages = [
      { id: 'a', year: '2019' },
      { id: 'b', year: '2022' },
      { id: 'c', year: '' },
      { id: 'd', year: '2021' },
      { id: 'e', year: '2022' },
    ];
    const pagefind: PagefindApi = {
      filters: async () => ({ year: { '2019': 1, '2021': 1, '2022': 2 } }),
      search: async (_term, options) => ({
        results: pages
          .filter((p) => !options?.filters?.year || options.filters.year.includes(p.year))
          .map((p) => ({ id: p.id, data: async () => ({ url: p.id, content: '', meta: {} }) })),
      }),
    };
    expect((await findCandidates(pagefind, '复议', {}, true)).results.map((r) => r.id)).toEqual(['b', 'e', 'd', 'a', 'c']);
    expect((await findCandidates(pagefind, '复议', { year: ['2019', '2022'] }, true)).results.map((r) => r.id)).toEqual(['b', 'e', 'a']);
    expect((await findCandidates(pagefind, '复议', {}, false)).results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

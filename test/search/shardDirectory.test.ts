// The shard directory says which shards hold each token; a search asks it for the shards that hold
// every token of a query.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShardDirectory, bucketOf, directoryBuckets, parseBucket, shardsHolding } from '../../src/search/shardDirectory.ts';

function lookup(directory: ShardDirectory, buckets: number) {
  const texts = directory.buckets(buckets);
  return (n: number) => Promise.resolve(parseBucket(texts[n] as string));
}

describe('shard directory', () => {
  it('has a power of two of buckets, about one per 32 reports', () => {
    expect(directoryBuckets(0)).toBe(1);
    expect(directoryBuckets(32)).toBe(1);
    expect(directoryBuckets(33)).toBe(2);
    expect(directoryBuckets(10_000)).toBe(512);
  });

  it('files a token in the same bucket every time, within range', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 12 }), (token, power) => {
        const buckets = 2 ** power;
        const bucket = bucketOf(token, buckets);
        return bucket >= 0 && bucket < buckets && bucket === bucketOf(token, buckets);
      }),
    );
  });

  it('finds the shards that hold every token, in order', async () => {
    const directory = new ShardDirectory();
    directory.add(0, ['复议', '议', '行政']);
    directory.add(3, ['复议', '诉讼']);
    directory.add(17, ['复议', '行政', '诉讼']);
    const read = lookup(directory, 4);
    expect(await shardsHolding(['复议'], 4, read)).toEqual([0, 3, 17]);
    expect(await shardsHolding(['复议', '诉讼'], 4, read)).toEqual([3, 17]);
    expect(await shardsHolding(['行政', '诉讼'], 4, read)).toEqual([17]);
    expect(await shardsHolding(['淼犇'], 4, read)).toEqual([]);
    expect(await shardsHolding([], 4, read)).toBeNull();
  });

  it('never leaves out a shard that holds all the tokens (any shards, any bucket count)', async () => {
    const tokens = fc.constantFrom('甲乙', '乙丙', '丙', 'ab', '20', '0', '复议');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uniqueArray(tokens, { maxLength: 7 }), { minLength: 1, maxLength: 40 }),
        fc.uniqueArray(tokens, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 6 }),
        async (shards, query, power) => {
          const directory = new ShardDirectory();
          shards.forEach((held, shard) => directory.add(shard, held));
          const expected = shards.flatMap((held, shard) => (query.every((t) => held.includes(t)) ? [shard] : []));
          expect(await shardsHolding(query, 2 ** power, lookup(directory, 2 ** power))).toEqual(expected);
        },
      ),
    );
  });
});

// Which index shards hold each word of the search index, so that a search merges only the shards
// that can answer it: a report that contains a query holds every one of its tokens (searchText.ts),
// so a shard lacking one token has no report to give. A query no report answers then stops after
// the first shard instead of reading every shard's index.
//
// The directory is split into buckets by a hash of the token; a search fetches only the buckets of
// its own tokens. A bucket is gzipped text, one line per token: the token, a tab, and the shards
// that hold it as a bit set in hexadecimal (digit i, from the left, holds shards 4i to 4i+3).

/** How many buckets the directory of an index of `reports` reports has: a power of two. */
export function directoryBuckets(reports: number): number {
  const REPORTS_PER_BUCKET = 32;
  let buckets = 1;
  while (buckets * REPORTS_PER_BUCKET < reports) buckets *= 2;
  return buckets;
}

/** The bucket a token is filed under (FNV-1a over its UTF-16 code units). */
export function bucketOf(token: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** A bucket's file below the index's directory folder. */
export function bucketFile(bucket: number): string {
  return `${bucket}.pf_shards`;
}

/** The directory's folder below the site's /pagefind/. */
export const DIRECTORY_FOLDER = 'directory/';

function shardSetText(shards: readonly number[]): string {
  const digits: number[] = [];
  for (const shard of shards) {
    const digit = Math.floor(shard / 4);
    while (digits.length <= digit) digits.push(0);
    digits[digit] = (digits[digit] as number) | (1 << (shard % 4));
  }
  return digits.map((d) => d.toString(16)).join('');
}

function shardSetOf(text: string): number[] {
  const shards: number[] = [];
  for (let digit = 0; digit < text.length; digit++) {
    const bits = parseInt(text.charAt(digit), 16);
    for (let bit = 0; bit < 4; bit++) if (bits & (1 << bit)) shards.push(digit * 4 + bit);
  }
  return shards;
}

/** Collects the tokens of each shard's records, shard after shard, into the directory's buckets. */
export class ShardDirectory {
  private readonly shardsOf = new Map<string, number[]>();

  /** Notes that `shard` holds these tokens. */
  add(shard: number, tokens: Iterable<string>): void {
    for (const token of tokens) {
      const shards = this.shardsOf.get(token);
      if (shards === undefined) this.shardsOf.set(token, [shard]);
      else if (!shards.includes(shard)) shards.push(shard);
    }
  }

  /** The tokens noted for `shard`, once each. */
  wordsOf(shard: number): string[] {
    return [...this.shardsOf].filter(([, shards]) => shards.includes(shard)).map(([token]) => token);
  }

  /** Each bucket's text (every bucket, an empty one too, so that a search never meets a missing file). */
  buckets(count: number): string[] {
    const lines: string[][] = Array.from({ length: count }, () => []);
    for (const [token, shards] of this.shardsOf) {
      lines[bucketOf(token, count)]?.push(`${token}\t${shardSetText(shards)}`);
    }
    return lines.map((bucket) => bucket.sort().join('\n'));
  }
}

/** A bucket's text read back: each token's shards. */
export function parseBucket(text: string): Map<string, number[]> {
  const shardsOf = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) shardsOf.set(line.slice(0, tab), shardSetOf(line.slice(tab + 1)));
  }
  return shardsOf;
}

/**
 * The shards that hold every token, in shard order; null when there is no token to tell by (then
 * every shard may answer). `bucket` reads one bucket of the directory.
 */
export async function shardsHolding(
  tokens: readonly string[],
  buckets: number,
  bucket: (n: number) => Promise<Map<string, number[]>>,
): Promise<number[] | null> {
  if (tokens.length === 0) return null;
  const wanted = [...new Set(tokens.map((t) => bucketOf(t, buckets)))];
  const read = new Map(await Promise.all(wanted.map(async (n) => [n, await bucket(n)] as const)));
  let holding: Set<number> | null = null;
  for (const token of tokens) {
    const shards = read.get(bucketOf(token, buckets))?.get(token) ?? [];
    holding = new Set(holding === null ? shards : shards.filter((s) => (holding as Set<number>).has(s)));
  }
  return [...(holding ?? [])].sort((a, b) => a - b);
}

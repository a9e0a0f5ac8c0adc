// Fetching the compare data in the browser: the name index once, when the reader first looks for a
// body, and a shard only when a report it holds is shown (each fetched once).
import type { CompareIndex, CompareReport, CompareShard } from '../data/compareTypes.ts';
import { compareShardOf } from '../data/compareShards.ts';

async function getJson<T>(src: string): Promise<T> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export class CompareSource {
  private index: Promise<CompareIndex> | undefined;
  private readonly shards = new Map<number, Promise<CompareShard>>();

  private readonly indexSrc: string;
  /** The shards' folder, ending in `/`. */
  private readonly shardBase: string;
  private readonly shardCount: number;

  constructor(indexSrc: string, shardBase: string, shardCount: number) {
    this.indexSrc = indexSrc;
    this.shardBase = shardBase;
    this.shardCount = shardCount;
  }

  loadIndex(): Promise<CompareIndex> {
    this.index ??= getJson<CompareIndex>(this.indexSrc);
    return this.index;
  }

  private shard(n: number): Promise<CompareShard> {
    let shard = this.shards.get(n);
    if (!shard) {
      shard = getJson<CompareShard>(`${this.shardBase}${n}.json`);
      // A failed fetch is not kept: the next view tries again.
      shard.catch(() => this.shards.delete(n));
      this.shards.set(n, shard);
    }
    return shard;
  }

  /** The shards holding these ids: their reports (the ids' and their neighbours') and the labels. */
  async reportsFor(ids: readonly string[]): Promise<CompareShard> {
    const wanted = [...new Set(ids.map((id) => compareShardOf(id, this.shardCount)))];
    const shards = await Promise.all(wanted.map((n) => this.shard(n)));
    const labels = shards[0]?.labels ?? { applicationRows: [], applicationColumns: [], reviewGroups: [], reviewColumns: [] };
    return { labels, reports: shards.flatMap((s): CompareReport[] => s.reports) };
  }
}

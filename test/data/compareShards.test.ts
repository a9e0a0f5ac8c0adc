// The compare data cut into shards: every report in exactly one shard, the one the page's script
// computes from its id; the name index lists every report once under its body.
import { describe, expect, it } from 'vitest';
import { compareIndex, compareShard, compareShardReports, indexedId } from '../../src/data/compareData.ts';
import { REPORTS_PER_SHARD, compareShardCount, compareShardOf } from '../../src/data/compareShards.ts';
import { bundledCatalog } from './bundledCatalog.ts';

const provenance = { nianbaoVersion: '0', builtAt: '2025-01-01T00:00:00Z' };

describe('compare shards', () => {
  it('grows with the portal: about REPORTS_PER_SHARD reports a shard, at least one shard', () => {
    expect(compareShardCount(0)).toBe(1);
    expect(compareShardCount(REPORTS_PER_SHARD)).toBe(1);
    expect(compareShardCount(REPORTS_PER_SHARD + 1)).toBe(2);
    expect(compareShardCount(10_000)).toBe(Math.ceil(10_000 / REPORTS_PER_SHARD));
  });

  it('places a report by its id alone, within range, the same way every time', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `province/city/body-${i}-${2015 + (i % 10)}`);
    const count = compareShardCount(ids.length);
    const shards = ids.map((id) => compareShardOf(id, count));
    expect(shards.every((n) => Number.isInteger(n) && n >= 0 && n < count)).toBe(true);
    expect(compareShardOf(ids[7]!, count)).toBe(shards[7]);
    expect(compareShardOf('宁夏/吴忠/利通-2022', 1)).toBe(0);
    // Spread: no shard holds more than three times its share.
    const sizes = new Map<number, number>();
    for (const n of shards) sizes.set(n, (sizes.get(n) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThan(3 * REPORTS_PER_SHARD);
    expect(sizes.size).toBe(count);
  });

  it('holds every report in the shard its id names, and nowhere else', () => {
    const reports = bundledCatalog().reports;
    const shards = compareShardReports(reports);
    expect(shards).toHaveLength(compareShardCount(reports.length));
    expect(shards.flat().map((r) => r.id).sort()).toEqual(reports.map((r) => r.id).sort());
    shards.forEach((shard, n) => {
      for (const r of shard) expect(compareShardOf(r.id, shards.length)).toBe(n);
      expect(compareShard(shard).reports.map((r) => r.id)).toEqual(shard.map((r) => r.id));
    });
  });

  it('indexes every report once under its body, with year and format, and the shard count', () => {
    const reports = bundledCatalog().reports;
    const index = compareIndex(reports, provenance);
    expect(index.provenance).toEqual(provenance);
    expect(index.shards).toBe(compareShardCount(reports.length));
    const listed = index.bodies.flatMap((b) => b.reports.map((r) => indexedId(b, r)));
    expect(listed.sort()).toEqual(reports.map((r) => r.id).sort());
    const litong = index.bodies.find((b) => b.name === '吴忠市利通区人民政府')!;
    expect(litong.reports.map((r) => [indexedId(litong, r), r[1], r[2]])).toContainEqual(['ningxia/wuzhong/litong-2022', 2022, '2021']);
    // The ids' shared start is written once: what is left of each id is short.
    expect(litong.ids).toBe('ningxia/wuzhong/litong-');
    expect(litong.reports.map((r) => r[0])).toContain('2022');
    expect(new Set(index.bodies.map((b) => b.slug)).size).toBe(index.bodies.length);
  });
});

// bench:build reads its figures from /proc and from the build's log; these tests feed both by hand.
import { describe, expect, it } from 'vitest';
import { TreeCpu, parseStat, treeRss, type ProcEntry } from '../../scripts/bench/build/processTree.ts';
import { durationMs, readBuildLog } from '../../scripts/bench/build/buildLog.ts';
import { memoryTimeline } from '../../scripts/bench/build/memoryTimeline.ts';

describe('process tree memory', () => {
  it('reads the parent and resident pages of /proc/<pid>/stat, even when the command holds spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
    fields[1] = '77'; // ppid (field 4)
    fields[21] = '2560'; // rss in pages (field 24)
    fields[11] = '300'; // utime (field 14)
    fields[12] = '45'; // stime (field 15)
    expect(parseStat(`4242 (node (worker) x) ${fields.join(' ')}`)).toEqual({
      pid: 4242,
      ppid: 77,
      name: 'node (worker) x',
      rssPages: 2560,
      cpuTicks: 345,
    });
    expect(parseStat('garbage')).toBeNull();
  });

  it('adds up a process and all its descendants, and nothing else, by name too', () => {
    const p = (pid: number, ppid: number, name: string, mib: number): ProcEntry => ({
      pid,
      ppid,
      name,
      rssBytes: mib * 1048576,
      cpuTicks: 0,
    });
    const table = [p(1, 0, 'init', 5), p(10, 1, 'node', 100), p(11, 10, 'node', 50), p(12, 11, 'pagefind', 300), p(20, 1, 'other', 999)];
    const rss = treeRss(table, 10);
    expect(rss.total).toBe(450 * 1048576);
    expect(rss.byName).toEqual({ node: 150 * 1048576, pagefind: 300 * 1048576 });
    expect(treeRss(table, 99).total).toBe(0);
  });

  it('adds up the CPU time of the tree, keeping that of a process that has ended', () => {
    const p = (pid: number, ppid: number, cpuTicks: number): ProcEntry => ({ pid, ppid, name: 'node', rssBytes: 0, cpuTicks });
    const cpu = new TreeCpu(10);
    cpu.read([p(1, 0, 1000), p(10, 1, 50), p(11, 10, 20), p(20, 1, 999)]);
    cpu.read([p(1, 0, 1000), p(10, 1, 80), p(12, 10, 5)]);
    expect(cpu.totals()).toEqual({ root: 80, tree: 105 });
  });

  it('writes the timeline with the wall clock and a column per process name', () => {
    const tsv = memoryTimeline(
      [
        { seconds: 0.2, total: 2 * 1048576, byName: { node: 2 * 1048576 } },
        { seconds: 0.4, total: 5 * 1048576, byName: { node: 2 * 1048576, pagefind: 3 * 1048576 } },
      ],
      new Date(2026, 0, 1, 8, 0, 0),
    );
    expect(tsv.split('\n')).toEqual(['seconds\tclock\ttotal_MiB\tnode\tpagefind', '0.2\t08:00:00\t2\t2\t0', '0.4\t08:00:00\t5\t2\t3', '']);
  });
});

describe('build log figures', () => {
  it('reads Astro’s durations in milliseconds, seconds and minutes', () => {
    expect(durationMs('425ms')).toBe(425);
    expect(durationMs('16.46s')).toBeCloseTo(16460);
    expect(durationMs('1m 24s')).toBe(84000);
    expect(durationMs('soon')).toBeNaN();
  });

  it('reads the loader’s parsed and unchanged counts, the pages, the render time and the search index', () => {
    const log = [
      '07:25:32 [nianbao-reports] 报告 5000 份：解析 1 份，未改动 4999 份（6927 ms）。',
      ' generating static routes ',
      '07:27:06 ✓ Completed in 1m 24s.',
      '07:27:06 [nianbao-search-index] 搜索索引：5000 份报告，5 个分片，89529 ms（页面生成后又等待 18 ms）。',
      '07:27:06 [build] 5933 page(s) built in 1m 42s',
    ].join('\n');
    expect(readBuildLog(log)).toEqual({
      loader: { reports: 5000, parsed: 1, unchanged: 4999, ms: 6927 },
      routes: 5933,
      renderMs: 84000,
      search: { reports: 5000, shards: 5, reusedShards: 0, ms: 89529, waitMs: 18 },
      cachedPaths: 0,
    });
    expect(readBuildLog('nothing here')).toEqual({ loader: null, routes: null, renderMs: null, search: null, cachedPaths: 0 });
  });

  it('reads how much a rebuild took from its caches: shards reused and paths Astro did not render', () => {
    const log = [
      '07:25:32 [nianbao-reports] 报告 5000 份：解析 1 份，未改动 4999 份（6927 ms）。',
      '07:25:40   ├─ /reports/a/index.html (cached)',
      '07:25:40   ├─ /reports/b/index.html (restored)',
      '07:25:40   ├─ /reports/c/index.html (+3ms)',
      '07:27:06 [nianbao-search-index] 搜索索引：5000 份报告，10 个分片（9 个未改动，沿用上次构建），4200 ms（页面生成后又等待 800 ms）。',
    ].join('\n');
    const figures = readBuildLog(log);
    expect(figures.search).toEqual({ reports: 5000, shards: 10, reusedShards: 9, ms: 4200, waitMs: 800 });
    expect(figures.cachedPaths).toBe(2);
  });
});

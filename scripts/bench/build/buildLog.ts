// Figures the build prints, read back from its log: the content loader's line, Astro's page count and
// phase times, and the search index's line.
export interface BuildLogFigures {
  /** 报告 N 份：解析 P 份，未改动 M 份（T ms） */
  loader: { reports: number; parsed: number; unchanged: number; ms: number } | null;
  /** `N page(s) built in …` */
  routes: number | null;
  /** ms of `generating static routes` (the pages themselves). */
  renderMs: number | null;
  /**
   * 搜索索引：N 份报告，S 个分片（R 个未改动，沿用上次构建），T ms（页面生成后又等待 W ms） — built beside the
   * pages, W is what is left after them; R shards came from the shard cache.
   */
  search: { reports: number; shards: number; reusedShards: number; ms: number; waitMs: number } | null;
  /** Paths Astro took from the incremental build cache (`(cached)` / `(restored)`) rather than rendered. */
  cachedPaths: number;
}

/** Astro's durations in ms: `425ms`, `16.46s`, `1m 24s`. */
export function durationMs(text: string): number {
  let total = 0;
  let found = false;
  for (const m of text.matchAll(/([\d.]+)\s*(ms|s|m)(?![a-z])/g)) {
    found = true;
    const n = Number(m[1]);
    total += m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60000;
  }
  return found ? total : Number.NaN;
}

export function readBuildLog(log: string): BuildLogFigures {
  const loader = /报告 (\d+) 份：解析 (\d+) 份，未改动 (\d+) 份（(\d+) ms）/.exec(log);
  const routes = /(\d+) page\(s\) built in/.exec(log);
  const render = /generating static routes[\s\S]*?Completed in ((?:[\d.]+\s*(?:ms|s|m)\s*)+)/.exec(log);
  const search =
    /搜索索引：(\d+) 份报告，(?:(\d+) 个分片(?:（(\d+) 个未改动，沿用上次构建）)?，)?(\d+) ms(?:（页面生成后又等待 (\d+) ms）)?/.exec(log);
  const cachedPaths = log.match(/ \((?:cached|restored)\)\s*$/gm)?.length ?? 0;
  return {
    loader: loader ? { reports: Number(loader[1]), parsed: Number(loader[2]), unchanged: Number(loader[3]), ms: Number(loader[4]) } : null,
    routes: routes ? Number(routes[1]) : null,
    renderMs: render ? durationMs(render[1] as string) : null,
    search: search
      ? {
          reports: Number(search[1]),
          shards: Number(search[2] ?? 1),
          reusedShards: Number(search[3] ?? 0),
          ms: Number(search[4]),
          waitMs: Number(search[5] ?? search[4]),
        }
      : null,
    cachedPaths,
  };
}

// bench:build's report: one line per figure, and a markdown table row for BENCHMARKS.md.
import type { BenchResult } from './benchBuild.ts';
import { SITE_BUDGET } from './siteBudget.ts';
import type { SiteWeight } from './siteWeight.ts';

const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const cpu = (c: { build: number; tree: number }): string =>
  `${c.tree.toFixed(1)} s of CPU (user + system), ${c.build.toFixed(1)} s of it the build's Node, ${(c.tree - c.build).toFixed(1)} s the search indexers`;

/** Size and files per top-level folder, largest first, with the share per report. */
function weightLines(weight: SiteWeight, reports: number): string[] {
  const folders = Object.entries(weight.folders).sort(([, a], [, b]) => b.bytes - a.bytes);
  const perReport = weight.bytes / reports;
  return [
    `site: ${mib(weight.bytes)} in ${weight.files} files = ${kib(perReport)} and ${(weight.files / reports).toFixed(2)} files per report (aim ≤ ${kib(SITE_BUDGET.aimBytesPerReport)}: ${perReport <= SITE_BUDGET.aimBytesPerReport ? 'met' : 'not met'})`,
    ...folders.map(
      ([name, f]) =>
        `  ${name.padEnd(10)} ${mib(f.bytes).padStart(12)} ${String(f.files).padStart(7)} files  ${kib(f.bytes / reports).padStart(10)} per report`,
    ),
  ];
}

export function formatResult(r: BenchResult): string[] {
  const b = r.build;
  const lines =
    !b || !r.dist || !r.index
      ? [`reports: ${r.reports}`]
      : [
          `reports: ${r.reports} (${mib(r.corpus.bytes)} of text)`,
          `build: ${s(b.wallMs)} wall, ${(r.dist.htmlPages / (b.wallMs / 1000)).toFixed(1)} HTML pages/s (${r.dist.htmlPages} pages, ${b.figures.routes ?? '?'} routes), peak RSS ${mib(b.peakRssBytes)} (process tree), load average ${b.load.toFixed(2)} at start`,
          `  CPU: ${cpu(b.cpuSeconds)}`,
          `  phases: loader ${b.figures.loader ? s(b.figures.loader.ms) : '?'} (${b.figures.loader?.parsed ?? '?'} parsed), routes rendered ${b.figures.renderMs !== null ? s(b.figures.renderMs) : '?'}, search index ${b.figures.search ? `${s(b.figures.search.ms)} in ${b.figures.search.shards} shard(s), ${s(b.figures.search.waitMs)} of it after the pages` : '?'}`,
          `dist: ${mib(r.dist.bytes)} in ${r.dist.files} files; search index ${mib(r.index.bytes)} in ${r.index.files} files`,
          ...(r.weight ? weightLines(r.weight, r.reports) : []),
          ...r.budget.map((l) => `budget ${l.ok ? 'ok  ' : 'OVER'} ${l.what}: ${l.actual} (limit ${l.limit})`),
          ...r.queries.map(
            (q) =>
              `cold query “${q.query}”: ${kib(q.totalBytes)} in ${q.requests} requests (search ${kib(q.searchBytes)}), ${q.results} results shown`,
          ),
        ];
  if (r.rebuild) {
    const l = r.rebuild.figures.loader;
    const f = r.rebuild.figures;
    lines.push(
      `rebuild after editing ${r.rebuild.edited}: ${s(r.rebuild.wallMs)} wall, peak RSS ${mib(r.rebuild.peakRssBytes)}, load average ${r.rebuild.load.toFixed(2)} at start; loader: 解析 ${l?.parsed ?? '?'} 份，未改动 ${l?.unchanged ?? '?'} 份 (${l ? s(l.ms) : '?'})`,
    );
    lines.push(`  CPU: ${cpu(r.rebuild.cpuSeconds)}`);
    lines.push(
      `  ${f.cachedPaths} of ${f.routes ?? '?'} paths from the incremental cache, routes rendered ${f.renderMs !== null ? s(f.renderMs) : '?'}; search shards reused ${f.search?.reusedShards ?? '?'} of ${f.search?.shards ?? '?'}; the edit ${r.rebuild.shown ? 'is' : 'is NOT'} on the rebuilt page`,
    );
  }
  return lines;
}

export function markdownRow(r: BenchResult): string {
  const q = r.queries[0];
  if (!r.build || !r.dist || !r.index) return '';
  const cells = [
    String(r.reports),
    s(r.build.wallMs),
    (r.dist.htmlPages / (r.build.wallMs / 1000)).toFixed(0),
    String(r.dist.htmlPages),
    mib(r.build.peakRssBytes),
    mib(r.dist.bytes),
    mib(r.index.bytes),
    q ? kib(q.totalBytes) : '–',
    r.rebuild
      ? `${s(r.rebuild.wallMs)} (解析 ${r.rebuild.figures.loader?.parsed ?? '?'}，未改动 ${r.rebuild.figures.loader?.unchanged ?? '?'})`
      : '–',
    r.build.load.toFixed(2),
  ];
  return `| ${cells.join(' | ')} |`;
}

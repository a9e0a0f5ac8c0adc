// npm run bench:build -- --reports N [--seed S] [--no-rebuild | --rebuild-only] — generates (or reuses) a corpus of N
// reports, builds the whole portal and its search index over it, measures a cold one-word query, then
// rebuilds after one report changed (--rebuild-only: just that, on the last run's output and cache).
// Figures go to BENCHMARKS.md.
// BENCH_QUERIES=复议,行政复议 sets the queries; BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the build.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBuild } from './bench/build/benchBuild.ts';
import { formatResult, markdownRow } from './bench/build/formatResult.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'nianbao' },
    'no-rebuild': { type: 'boolean', default: false },
    'rebuild-only': { type: 'boolean', default: false },
  },
});
const reports = Number(values.reports);
if (!Number.isInteger(reports) || reports < 1) {
  console.error('用法：npm run bench:build -- --reports <份数> [--seed <种子>] [--no-rebuild | --rebuild-only]');
  process.exit(2);
}
const result = await benchBuild({
  reports,
  seed: values.seed,
  queries: (process.env.BENCH_QUERIES ?? '复议').split(','),
  rebuild: !values['no-rebuild'],
  rebuildOnly: values['rebuild-only'],
  nodeArgs: process.env.BENCH_NODE_ARGS?.split(' ').filter((a) => a !== ''),
  log: (line) => console.log(line),
});
for (const line of formatResult(result)) console.log(line);
if (result.build) console.log(markdownRow(result));
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
// Over budget, or a rebuild that did not show the edit: the site is not fit to publish.
const over = result.budget.filter((l) => !l.ok);
if (over.length > 0) console.error(`超出预算：${over.map((l) => l.what).join('、')}。`);
if (result.rebuild && !result.rebuild.shown) console.error('重建后的报告页面没有显示所做的修改。');
if (over.length > 0 || (result.rebuild && !result.rebuild.shown)) process.exitCode = 1;

// npm run bench:parse — parser throughput over the real reports (one core), and how time grows
// when the input doubles. Figures go to BENCHMARKS.md; compare ratios within one run.
// npm run bench:parse -- --against <git-ref> — the working tree's parser against the one at <git-ref>,
// pass for pass in one process (what a speed or readability change costs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../src/parser/index.ts';
import { alternatingPasses, median, pairedRatio } from './bench/alternatingPasses.ts';
import { withParserAt } from './bench/parserAt.ts';

const root = join(import.meta.dirname, '../test/fixtures/reports');
const names = readdirSync(root)
  .filter((name) => statSync(join(root, name)).isDirectory())
  .sort();
const texts = names.map((name) => readFileSync(join(root, name, 'input.txt'), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);

const against = process.argv.indexOf('--against');
if (against !== -1) {
  const ref = process.argv[against + 1];
  if (!ref) {
    console.error('用法：npm run bench:parse -- --against <git 引用>');
    process.exit(2);
  }
  const rounds = Number(process.env.BENCH_PASSES ?? 400);
  const times = await withParserAt(join(import.meta.dirname, '..'), ref, (before) => alternatingPasses(texts, before, parseReport, rounds));
  if (times === null) {
    console.error(`无法取出 ${ref}。`);
    process.exit(2);
  }
  console.log(`corpus: ${texts.length} reports, ${(bytes / 1024).toFixed(1)} KiB, ${rounds} alternating rounds`);
  console.log(`${ref}: median ${median(times.before).toFixed(3)} ms = ${mbps(median(times.before))} MB/s`);
  console.log(`working tree: median ${median(times.after).toFixed(3)} ms = ${mbps(median(times.after))} MB/s`);
  const ratio = pairedRatio(times);
  console.log(
    `working tree / ${ref}: ${ratio.toFixed(3)} (median of per-round ratios; ${ratio > 1 ? `${((ratio - 1) * 100).toFixed(1)} % slower` : `${((1 - ratio) * 100).toFixed(1)} % faster`})`,
  );
  process.exit(0);
}

function timings(runs: number, work: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}
const fastest = (runs: number, work: () => void): number => timings(runs, work)[0] as number;

const passes = Number(process.env.BENCH_PASSES ?? 100);
const corpusPass = () => {
  for (const t of texts) parseReport(t);
};
// A portal build parses thousands of reports: measure the parser once the JIT has settled.
const warmUntil = performance.now() + 1000;
while (performance.now() < warmUntil) corpusPass();
const times = timings(passes, corpusPass);
const perPass = times[0] as number;
const medianPass = median(times);
console.log(`corpus: ${texts.length} reports, ${(bytes / 1024).toFixed(1)} KiB`);
console.log(
  `throughput: ${mbps(perPass)} MB/s (fastest of ${passes} passes: ${perPass.toFixed(2)} ms; median ${medianPass.toFixed(2)} ms = ${mbps(medianPass)} MB/s)`,
);

// One long text made of every report, then twice that: linear time means a ratio near 2.
const once = texts.join('\n');
const twice = `${once}\n${once}`;
const t1 = fastest(7, () => parseReport(once));
const t2 = fastest(7, () => parseReport(twice));
console.log(
  `doubling: ${(Buffer.byteLength(once) / 1024).toFixed(0)} KiB in ${t1.toFixed(2)} ms, ${(Buffer.byteLength(twice) / 1024).toFixed(0)} KiB in ${t2.toFixed(2)} ms, ratio ${(t2 / t1).toFixed(2)} (target ≤ 2.5)`,
);

// BENCH_PER_REPORT=1: each report parsed alone, to see which kinds of report cost the most per byte.
if (process.env.BENCH_PER_REPORT) {
  names.forEach((name, i) => {
    const text = texts[i] as string;
    const ms =
      fastest(15, () => {
        for (let k = 0; k < 10; k++) parseReport(text);
      }) / 10;
    console.log(`  ${name.padEnd(34)} ${ms.toFixed(3)} ms  ${(Buffer.byteLength(text) / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
  });
}
console.log(`node ${process.version}, ${process.arch}`);

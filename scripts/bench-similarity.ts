// npm run bench:similarity [-- <corpus folder>] — what similarity.previousYear adds to a build, without
// Astro: parse every report of a generated corpus and build the catalog (not timed), then time the
// rule over every body's reports in year order, as the catalog runs it, on one core. The corpus
// folder holds reports/ and agencies.yaml (npm run generate:reports makes one); the default is the
// 10,000-report corpus in the system's temporary folder.
import { loadavg } from 'node:os';
import { DEFAULT_CORPUS, corpusCatalog } from './bench/corpusCatalog.ts';
import { similarityChecks } from '../src/portal/similarity/previousYearRule.ts';
import type { Check } from '../src/parser/index.ts';
import { problemsDiff } from '../src/lib/reportPage/problemsDiff.ts';

const corpus = process.argv[2] ?? DEFAULT_CORPUS;
const rounds = Number(process.env.BENCH_PASSES ?? 5);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

let started = performance.now();
const { reports, catalog } = corpusCatalog(corpus);
console.log(`parsed ${reports} reports and built the catalog in ${seconds(performance.now() - started)}`);

const pass = (): Check[] => {
  const checks: Check[] = [];
  for (const body of catalog.bodies) for (const r of body.reports) checks.push(...similarityChecks(r.previous?.data, r.data));
  return checks;
};
// Wall time depends on what else the machine runs; the process's CPU time much less.
const times: number[] = [];
const cpuTimes: number[] = [];
let checks: Check[] = [];
for (let i = 0; i < rounds; i++) {
  started = performance.now();
  const cpu = process.cpuUsage();
  checks = pass();
  const { user, system } = process.cpuUsage(cpu);
  times.push(performance.now() - started);
  cpuTimes.push((user + system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const count = (subject: string, status: Check['status']) => checks.filter((c) => c.subject === subject && c.status === status).length;
console.log(
  `similarity.previousYear over ${reports} reports, ${rounds} passes: CPU fastest ${seconds(cpuTimes[0] ?? 0)}, median ${seconds(cpuTimes[Math.floor(rounds / 2)] ?? 0)}; wall fastest ${seconds(times[0] ?? 0)} (load average ${loadavg()[0]?.toFixed(1)})`,
);
for (const subject of ['text', 'problems'])
  console.log(`  ${subject}: ${count(subject, 'fail')} fail, ${count(subject, 'pass')} pass, ${count(subject, 'uncheckable')} uncheckable`);

// The report pages' sentence diff of 存在的主要问题及改进情况 (made while each page renders).
const diffCpu = process.cpuUsage();
const made = catalog.reports.flatMap((r) => problemsDiff(r.data, r.previous?.data) ?? []);
const diffUsage = process.cpuUsage(diffCpu);
console.log(`problems section diffs: ${made.length} in CPU ${seconds((diffUsage.user + diffUsage.system) / 1000)}`);
// What they add to the pages: the listed sentences' UTF-8 bytes (markup adds some 100 bytes a line).
const kinds = new Map<string, number>();
for (const d of made) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
const listed = made.map((d) => d.rows.reduce((n, row) => n + ('text' in row ? Buffer.byteLength(row.text) : 0), 0)).sort((a, b) => a - b);
console.log(
  `  ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}; sentences listed per page: median ${listed[Math.floor(listed.length / 2)] ?? 0} bytes, largest ${listed.at(-1) ?? 0} bytes`,
);

// npm run bench:import — how fast report originals become text: the HTML conversion of the real
// Pingtan page (MB/s, one core), a generated Word file; with --build, the bundled site built with that
// report as the page and as its .txt (each built twice: conversion cache cold, then warm).
// Figures go to BENCHMARKS.md.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CACHE_DIR } from '../src/import/conversionCache.ts';
import { convertOriginal } from '../src/import/convertOriginal.ts';
import { reportDocx } from '../test/support/reportDocx.ts';
import { REPO, runBuild } from './bench/build/runBuild.ts';

const PAGE = join(REPO, 'test/fixtures/originals/009_fujian-pingtan-zonghe-2022.html');
const TEXT = join(REPO, 'test/fixtures/reports/corpus-pingtan-zonghe-2022/input.txt');

async function rate(name: string, bytes: Uint8Array, file: string, runs: number): Promise<void> {
  const times: number[] = [];
  // Warm the JIT first: a build converts many originals.
  for (let i = 0; i < 5; i++) await convertOriginal(bytes, file, null);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = await convertOriginal(bytes, file, null);
    times.push(performance.now() - start);
    if (!r.ok) throw new Error(`${name}: ${r.message}`);
  }
  times.sort((a, b) => a - b);
  const best = times[0] as number;
  const median = times[Math.floor(times.length / 2)] as number;
  const mbps = (ms: number) => (bytes.length / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `${name}: ${(bytes.length / 1024).toFixed(1)} KiB, fastest of ${runs} ${best.toFixed(2)} ms = ${mbps(best)} MB/s; median ${median.toFixed(2)} ms = ${mbps(median)} MB/s`,
  );
}

await rate('HTML (Pingtan 2022 page)', readFileSync(PAGE), 'page.html', 50);
const lines = readFileSync(join(REPO, 'test/fixtures/check/clean/mouxian-2021.txt'), 'utf8').split('\n');
const blocks = lines.filter((l) => l.trim() !== '').map((l) => (l.includes('\t') ? { table: [l.split('\t')] } : { paragraph: l }));
await rate('Word .docx (clean fixture, generated)', await reportDocx(blocks), 'report.docx', 30);

if (process.argv.includes('--build')) {
  const work = mkdtempSync(join(tmpdir(), 'nianbao-bench-import-'));
  for (const [kind, from, name] of [
    ['txt', TEXT, 'pingtan-2022.txt'],
    ['html', PAGE, 'pingtan-2022.html'],
  ] as const) {
    const reports = join(work, kind, 'reports');
    cpSync(join(REPO, 'content/reports'), reports, { recursive: true });
    mkdirSync(join(reports, 'fujian'), { recursive: true });
    cpSync(from, join(reports, 'fujian', name));
    rmSync(join(REPO, DEFAULT_CACHE_DIR), { recursive: true, force: true });
    for (const pass of ['cold', 'warm']) {
      const run = await runBuild({
        outDir: join(work, kind, 'dist'),
        logFile: join(work, `${kind}-${pass}.log`),
        env: { REPORTS_DIR: reports },
      });
      if (!run.ok) throw new Error(`build failed: ${join(work, `${kind}-${pass}.log`)}`);
      console.log(`build, bundled reports + Pingtan 2022 as .${kind} (${pass}): ${(run.wallMs / 1000).toFixed(1)} s`);
    }
  }
  rmSync(work, { recursive: true, force: true });
}

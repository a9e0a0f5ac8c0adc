// Runs `astro build` for a benchmark: the pinned Node (process.execPath), the given environment and
// outDir, the whole output kept in a log file, the wall time and the peak RSS of the process tree.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type MemorySample, sampleMemory } from './memorySampler.ts';

export const REPO = join(import.meta.dirname, '../../..');

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  peakRssBytes: number;
  /** User + system seconds of the build's own Node process, and of it with every process below it. */
  cpuSeconds: { build: number; tree: number };
  memory: MemorySample[];
  startedAt: Date;
  log: string;
}

export interface BuildRequest {
  outDir: string;
  logFile: string;
  env: Record<string, string>;
  /** Extra arguments for Node itself, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

function astroCli(): string {
  const require = createRequire(join(REPO, 'package.json'));
  return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

export async function runBuild({ outDir, logFile, env, nodeArgs = [] }: BuildRequest): Promise<BuildRun> {
  const log = createWriteStream(logFile);
  const started = performance.now();
  const startedAt = new Date();
  const child = spawn(process.execPath, [...nodeArgs, astroCli(), 'build', '--outDir', outDir], {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleMemory(child.pid as number);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((done) => child.on('close', (status) => done(status)));
  const wallMs = performance.now() - started;
  const { peakBytes, samples, cpuSeconds } = sampler.stop();
  await new Promise<void>((ok) => log.end(ok));
  return { ok: code === 0, wallMs, peakRssBytes: peakBytes, cpuSeconds, memory: samples, startedAt, log: readFileSync(logFile, 'utf8') };
}

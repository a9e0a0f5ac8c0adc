// Samples the RSS of a process tree every `intervalMs` until stopped: the peak, and a timeline
// (seconds since the start, total bytes, bytes by command name) to see which phase and which process
// the memory belongs to; and the tree's CPU time, which a busy machine does not inflate as it does the
// wall time.
import { execFileSync } from 'node:child_process';
import { TreeCpu, readProcTable, treeRss } from './processTree.ts';

export interface MemorySample {
  seconds: number;
  total: number;
  byName: Record<string, number>;
}

export interface MemorySampler {
  /** cpuSeconds: user + system time of the build's own process and of the whole tree (indexers included). */
  stop(): { peakBytes: number; samples: MemorySample[]; cpuSeconds: { build: number; tree: number } };
}

/** Clock ticks per second of /proc's CPU times. */
function ticksPerSecond(): number {
  return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
}

export function sampleMemory(root: number, intervalMs = 200): MemorySampler {
  const started = performance.now();
  const samples: MemorySample[] = [];
  let peak = 0;
  const cpu = new TreeCpu(root);
  const hz = ticksPerSecond();
  const sample = () => {
    const table = readProcTable();
    cpu.read(table);
    const rss = treeRss(table, root);
    peak = Math.max(peak, rss.total);
    samples.push({ seconds: (performance.now() - started) / 1000, ...rss });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const ticks = cpu.totals();
      return { peakBytes: peak, samples, cpuSeconds: { build: ticks.root / hz, tree: ticks.tree / hz } };
    },
  };
}

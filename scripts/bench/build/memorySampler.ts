// Samples the RSS of a process tree every `intervalMs` until stopped: the peak, and a timeline
// (seconds since the start, total bytes, bytes by command name) to see which phase and which process
// the memory belongs to.
import { readProcTable, treeRss } from './processTree.ts';

export interface MemorySample {
  seconds: number;
  total: number;
  byName: Record<string, number>;
}

export interface MemorySampler {
  stop(): { peakBytes: number; samples: MemorySample[] };
}

export function sampleMemory(root: number, intervalMs = 200): MemorySampler {
  const started = performance.now();
  const samples: MemorySample[] = [];
  let peak = 0;
  const sample = () => {
    const rss = treeRss(readProcTable(), root);
    peak = Math.max(peak, rss.total);
    samples.push({ seconds: (performance.now() - started) / 1000, ...rss });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes: peak, samples };
    },
  };
}

// Samples the RSS of a process tree every `intervalMs` until stopped; keeps the peak.
import { readProcTable, treeRss } from './processTree.ts';

export interface MemorySampler {
  stop(): { peakBytes: number; samples: number };
}

export function sampleMemory(root: number, intervalMs = 200): MemorySampler {
  let peak = 0;
  let samples = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(readProcTable(), root));
    samples++;
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

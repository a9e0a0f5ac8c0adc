// A memory timeline as TSV: seconds, the wall clock (to match the build log's times), total MiB,
// then MiB of each process name seen.
import type { MemorySample } from './memorySampler.ts';

const mib = (bytes: number | undefined): string => ((bytes ?? 0) / 1048576).toFixed(0);

const clock = (date: Date): string => date.toTimeString().slice(0, 8);

export function memoryTimeline(samples: MemorySample[], startedAt: Date): string {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.byName)))].sort();
  const rows = samples.map((s) =>
    [
      s.seconds.toFixed(1),
      clock(new Date(startedAt.getTime() + s.seconds * 1000)),
      mib(s.total),
      ...names.map((n) => mib(s.byName[n])),
    ].join('\t'),
  );
  return `${['seconds', 'clock', 'total_MiB', ...names].join('\t')}\n${rows.join('\n')}\n`;
}

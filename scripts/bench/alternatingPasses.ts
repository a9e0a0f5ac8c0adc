// Two parsers timed in one process, pass for pass, each going first in every other round: a busy
// machine slows both alike, so their ratio holds where absolute figures drift.
import type { ParseReport } from './parserAt.ts';

export interface PassTimes {
  /** Milliseconds of each pass over all texts, in round order. */
  before: number[];
  after: number[];
}

function pass(parse: ParseReport, texts: readonly string[]): number {
  const start = performance.now();
  for (const text of texts) parse(text);
  return performance.now() - start;
}

export function alternatingPasses(
  texts: readonly string[],
  before: ParseReport,
  after: ParseReport,
  rounds: number,
  warmMs = 2000,
): PassTimes {
  const warmUntil = performance.now() + warmMs;
  while (performance.now() < warmUntil) {
    pass(before, texts);
    pass(after, texts);
  }
  const times: PassTimes = { before: [], after: [] };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      times.before.push(pass(before, texts));
      times.after.push(pass(after, texts));
    } else {
      times.after.push(pass(after, texts));
      times.before.push(pass(before, texts));
    }
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The median of each round's after/before ratio: how much slower (> 1) or faster the working tree is. */
export function pairedRatio(times: PassTimes): number {
  return median(times.after.map((after, round) => after / (times.before[round] as number)));
}

// A corpus folder per size and seed under the system temp folder, generated once and reused while
// the generator and its sources are unchanged (the folder's stamp says so).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../generator/corpus.ts';
import { type CorpusFolder, completedStamp, corpusFolder, writeCorpus } from '../generator/writeCorpus.ts';
import { readSources } from '../generator/sources.ts';
import { corpusStamp } from '../generator/fingerprint.ts';

export const BENCH_ROOT = join(tmpdir(), 'nianbao-bench');

export interface ReadyCorpus extends CorpusFolder {
  province: string;
  reused: boolean;
  generateMs: number;
}

export function ensureCorpus(reports: number, seed: string): ReadyCorpus {
  const sources = readSources();
  const stamp = corpusStamp(reports, seed, sources);
  const dir = join(BENCH_ROOT, `corpus-${reports}-${seed}`);
  const corpus = generateCorpus({ reports, seed, sources });
  if (completedStamp(dir) === stamp) return { ...corpusFolder(dir), province: corpus.province, reused: true, generateMs: 0 };
  const started = performance.now();
  writeCorpus(dir, corpus, stamp);
  return { ...corpusFolder(dir), province: corpus.province, reused: false, generateMs: performance.now() - started };
}

// Writes a generated corpus to a folder: reports/<province>/<city>/…/<slug>-<year>.txt, agencies.yaml
// and manifest.tsv. A file `complete` (written last) names the corpus, so that a folder left half
// written is never taken for a finished one.
import { mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from './corpus.ts';
import { registryYaml } from './registryYaml.ts';
import { manifestHeader, manifestLine } from './manifest.ts';

export interface CorpusFolder {
  dir: string;
  reportsDir: string;
  bodiesFile: string;
  manifestFile: string;
}

export function corpusFolder(dir: string): CorpusFolder {
  return { dir, reportsDir: join(dir, 'reports'), bodiesFile: join(dir, 'agencies.yaml'), manifestFile: join(dir, 'manifest.tsv') };
}

/** The folder's stamp if it was written completely, else null. */
export function completedStamp(dir: string): string | null {
  try {
    return readFileSync(join(dir, 'complete'), 'utf8');
  } catch {
    return null;
  }
}

export function writeCorpus(dir: string, corpus: Corpus, stamp: string): { reports: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  const folder = corpusFolder(dir);
  mkdirSync(folder.reportsDir, { recursive: true });
  writeFileSync(folder.bodiesFile, registryYaml(corpus.registry, corpus.province));
  writeFileSync(folder.manifestFile, manifestHeader());
  const made = new Set<string>();
  let reports = 0;
  let bytes = 0;
  let manifest = '';
  for (const { text, intent } of corpus.reports) {
    const file = join(folder.reportsDir, intent.path);
    const parent = dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    const data = Buffer.from(text, 'utf8');
    writeFileSync(file, data);
    reports++;
    bytes += data.length;
    manifest += manifestLine(intent);
    if (manifest.length > 1 << 16) {
      appendFileSync(folder.manifestFile, manifest);
      manifest = '';
    }
  }
  appendFileSync(folder.manifestFile, manifest);
  writeFileSync(join(dir, 'complete'), stamp);
  return { reports, bytes };
}

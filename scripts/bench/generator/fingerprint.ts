// What a generated corpus depends on: its options, the generator's code and the source reports. A
// cached corpus folder is reused only when its stamp matches.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../../src/files/reportFile.ts';

export function generatorFingerprint(sources: string[]): string {
  const dir = import.meta.dirname;
  const code = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`);
  return sha256([...code, ...sources].join('\n')).slice(0, 16);
}

export function corpusStamp(reports: number, seed: string, sources: string[]): string {
  return JSON.stringify({ reports, seed, generator: generatorFingerprint(sources) });
}

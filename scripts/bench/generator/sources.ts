// The real reports whose prose the benchmark corpus reuses: the bundled seeds and the corpus
// reports kept as test fixtures (test/fixtures/reports/*/input.txt), in a fixed order.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES_DIR = join(import.meta.dirname, '../../../test/fixtures/reports');

export function readSources(dir = SOURCES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => readFileSync(join(dir, name, 'input.txt'), 'utf8'));
}

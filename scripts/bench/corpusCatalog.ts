// A generated corpus (reports/ and agencies.yaml, as npm run generate:reports writes it) parsed and
// catalogued without Astro, for the benchmarks that time what the build does with the catalog.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseReportFile } from '../../src/files/reportFile.ts';
import { listReportFiles, reportIdOf } from '../../src/files/reportFiles.ts';
import { type Catalog, buildCatalog } from '../../src/portal/catalog.ts';
import { reportEntryData } from '../../src/portal/reportEntry.ts';
import { bodyRegistrySchema } from '../../src/schema/body.ts';

/** The 10,000-report corpus bench:build leaves in the system's temporary folder. */
export const DEFAULT_CORPUS = join(tmpdir(), 'nianbao-bench/corpus-10000-nianbao');

export function corpusCatalog(corpus: string): { reports: number; catalog: Catalog } {
  const repo = join(import.meta.dirname, '../..');
  const base = join(corpus, 'reports');
  const entries = listReportFiles(base).map((file) => ({
    id: reportIdOf(file),
    data: reportEntryData(parseReportFile(readFileSync(join(base, file)), relative(repo, join(base, file)))),
  }));
  const registry = bodyRegistrySchema.parse(parseYaml(readFileSync(join(corpus, 'agencies.yaml'), 'utf8')));
  return { reports: entries.length, catalog: buildCatalog(entries, registry, registry[0]?.region[0] ?? '') };
}

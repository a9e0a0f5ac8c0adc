// The reports of a search test site, and what their searchable text is: the bundled reports plus
// ../shared/corpus (or, without ../shared beside the repository, the same files kept as golden
// fixtures), copied into a folder; and the catalog those files make, as the build makes it.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { listReportFiles, reportIdOf } from '../../src/files/reportFiles.ts';
import { parseReportFile } from '../../src/files/reportFile.ts';
import { type Catalog, buildCatalog } from '../../src/portal/catalog.ts';
import { bodyRegistrySchema } from '../../src/schema/body.ts';
import { REPO } from './buildSite.ts';

/** The corpus report files. */
export function corpusFiles(): string[] {
  const shared = join(REPO, '../shared/corpus');
  if (existsSync(shared))
    return readdirSync(shared)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(shared, f));
  const fixtures = join(REPO, 'test/fixtures/reports');
  return readdirSync(fixtures)
    .filter((d) => d.startsWith('corpus-'))
    .map((d) => join(fixtures, d, 'input.txt'));
}

/** Copies the bundled reports into `reportsDir`, and the corpus into its corpus/ folder. */
export function copyBundledAndCorpus(reportsDir: string): void {
  cpSync(join(REPO, 'content/reports'), reportsDir, { recursive: true });
  mkdirSync(join(reportsDir, 'corpus'), { recursive: true });
  for (const [i, file] of corpusFiles().entries()) cpSync(file, join(reportsDir, 'corpus', `c${String(i).padStart(2, '0')}.txt`));
}

/** The catalog of a folder of report files with a registry, as the build makes it, and each report's file text. */
export function catalogOfFolder(reportsDir: string, registryFile: string): { catalog: Catalog; sources: Map<string, string> } {
  const registry = bodyRegistrySchema.parse(parseYaml(readFileSync(registryFile, 'utf8')));
  const sources = new Map<string, string>();
  const entries = listReportFiles(reportsDir).map((f) => {
    const bytes = readFileSync(join(reportsDir, f));
    const { report, source } = parseReportFile(bytes, f);
    sources.set(reportIdOf(f), bytes.toString('utf8'));
    return { id: reportIdOf(f), data: { ...report, source } };
  });
  return { catalog: buildCatalog(entries, registry, '宁夏回族自治区'), sources };
}

// The bundled reports (content/reports) read the way the build reads them — through the report
// file reader and the catalog — for tests of the downloads without building the site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseReportFile } from '../../src/files/reportFile.ts';
import { type Catalog, type CatalogOptions, buildCatalog } from '../../src/portal/catalog.ts';
import { listReportFiles, reportIdOf } from '../../src/files/reportFiles.ts';
import { bodyRegistrySchema } from '../../src/schema/body.ts';
import { reportEntrySchema } from '../../src/schema/report.ts';

const REPO = join(import.meta.dirname, '../..');

let cached: Catalog | undefined;

export function bundledCatalog(): Catalog {
  cached ??= bundledCatalogWith({});
  return cached;
}

/** The bundled reports' catalog, built afresh with these options. */
export function bundledCatalogWith(options: CatalogOptions): Catalog {
  const base = join(REPO, 'content/reports');
  const entries = listReportFiles(base).map((file) => {
    const path = `content/reports/${file}`;
    const { report, source } = parseReportFile(readFileSync(join(REPO, path)), path);
    return { id: reportIdOf(file), data: reportEntrySchema.parse({ ...report, source }) };
  });
  const registry = bodyRegistrySchema.parse(parseYaml(readFileSync(join(REPO, 'content/agencies.yaml'), 'utf8')));
  return buildCatalog(entries, registry, '宁夏回族自治区', options);
}

// The paths of the bulk CSV routes (/data/<name>.csv and .csv.gz): one per file, each with a cache
// key made of its year's reports (a year's files change with any of them: parts are cut by size).
import type { Catalog } from '../portal/catalog.ts';
import { reportsKeyOf } from '../portal/cacheKeys.ts';
import { type BulkFile, bulkFiles, reportsOfYear, yearsOf } from '../data/yearFiles.ts';
import { SITE_KEY } from './siteKey.ts';

export function bulkFilePaths(catalog: Catalog): { params: { file: string }; props: { file: BulkFile }; cacheKey: string }[] {
  const yearKeys = new Map(yearsOf(catalog.reports).map((year) => [year, reportsKeyOf(reportsOfYear(catalog.reports, year), SITE_KEY)]));
  return bulkFiles(catalog.reports).map((file) => ({
    params: { file: file.name },
    props: { file },
    cacheKey: `${yearKeys.get(file.year)}.${file.name}`,
  }));
}

// The paths of the bulk CSV routes (/data/<name>.csv and .csv.gz): one per file. A per-year file's
// cache key is made of its year's reports (a year's files change with any of them: parts are cut by
// size); the series' files (series.csv, or its parts) of every report.
import type { Catalog } from '../portal/catalog.ts';
import { reportsKeyOf } from '../portal/cacheKeys.ts';
import { type BulkFile, bulkCsvChunks, bulkFiles, reportsOfYear, yearsOf } from '../data/yearFiles.ts';
import { type SeriesFile, seriesCsvChunks, seriesFiles } from '../data/seriesCsv.ts';
import { SITE_KEY } from './siteKey.ts';

export type BulkFileProps = { file: BulkFile } | { series: SeriesFile };

interface BulkFilePath {
  params: { file: string };
  props: BulkFileProps;
  cacheKey: string;
}

export function bulkFilePaths(catalog: Catalog): BulkFilePath[] {
  const yearKeys = new Map(yearsOf(catalog.reports).map((year) => [year, reportsKeyOf(reportsOfYear(catalog.reports, year), SITE_KEY)]));
  const allKey = reportsKeyOf(catalog.reports, SITE_KEY);
  return [
    ...bulkFiles(catalog.reports).map((file) => ({
      params: { file: file.name },
      props: { file },
      cacheKey: `${yearKeys.get(file.year)}.${file.name}`,
    })),
    ...seriesFiles(catalog.reports).map((series) => ({
      params: { file: series.name },
      props: { series },
      cacheKey: `${allKey}.${series.name}`,
    })),
  ];
}

/** The CSV of a bulk route's file, in pieces. */
export function bulkFileChunks(props: BulkFileProps): Generator<string> {
  return 'series' in props ? seriesCsvChunks(props.series) : bulkCsvChunks(props.file);
}

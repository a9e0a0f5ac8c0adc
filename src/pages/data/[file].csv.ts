// /data/<table>-<year>.csv: the bulk CSVs by year (tables 2–4, the legacy table, rule results), cut
// into parts over Excel's row limit. One path per file: getStaticPaths can carry a cache key made from
// reportsOfYear.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { bulkFilePaths } from '../../lib/bulkFilePaths.ts';
import { CSV_TYPE, streamResponse } from '../../data/responses.ts';
import { type BulkFile, bulkCsvChunks } from '../../data/yearFiles.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return bulkFilePaths(catalog);
}

export const GET: APIRoute = ({ props }) => streamResponse(bulkCsvChunks((props as { file: BulkFile }).file), CSV_TYPE);

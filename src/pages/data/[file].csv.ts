// /data/<table>-<year>.csv: the bulk CSVs by year (tables 2–4, the legacy table, rule results), cut
// into parts over Excel's row limit, and /data/series.csv (the harmonised series). One path per file:
// getStaticPaths can carry a cache key made from the file's reports.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { type BulkFileProps, bulkFileChunks, bulkFilePaths } from '../../lib/bulkFilePaths.ts';
import { CSV_TYPE, streamResponse } from '../../data/responses.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return bulkFilePaths(catalog);
}

export const GET: APIRoute = ({ props }) => streamResponse(bulkFileChunks(props as BulkFileProps), CSV_TYPE);

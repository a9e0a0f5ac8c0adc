// /data/<table>-<year>.csv.gz and /data/series.csv.gz: each bulk CSV compressed (gzip, the same bytes
// from the same CSV).
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { type BulkFileProps, bulkFileChunks, bulkFilePaths } from '../../lib/bulkFilePaths.ts';
import { gzipDeterministic } from '../../data/gzip.ts';
import { GZIP_TYPE, bytesResponse } from '../../data/responses.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return bulkFilePaths(catalog);
}

export const GET: APIRoute = ({ props }) =>
  bytesResponse(gzipDeterministic(Buffer.from([...bulkFileChunks(props as BulkFileProps)].join(''), 'utf8')), GZIP_TYPE);

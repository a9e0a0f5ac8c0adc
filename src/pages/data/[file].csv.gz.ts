// /data/<table>-<year>.csv.gz: each bulk CSV compressed (gzip, the same bytes from the same CSV).
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { bulkFilePaths } from '../../lib/bulkFilePaths.ts';
import { gzipDeterministic } from '../../data/gzip.ts';
import { GZIP_TYPE, bytesResponse } from '../../data/responses.ts';
import { type BulkFile, bulkCsv } from '../../data/yearFiles.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return bulkFilePaths(catalog);
}

export const GET: APIRoute = ({ props }) =>
  bytesResponse(gzipDeterministic(Buffer.from(bulkCsv((props as { file: BulkFile }).file), 'utf8')), GZIP_TYPE);

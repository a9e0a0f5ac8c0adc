// /data/reports.csv.gz: reports.csv compressed (gzip, the same bytes from the same CSV).
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { siteRootOf } from '../../data/dataUrls.ts';
import { gzipDeterministic } from '../../data/gzip.ts';
import { reportsCsv } from '../../data/reportsCsv.ts';
import { GZIP_TYPE, bytesResponse } from '../../data/responses.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const text = reportsCsv((await getCatalog()).reports, siteRootOf(siteConfig.siteUrl, siteConfig.basePath));
  return bytesResponse(gzipDeterministic(Buffer.from(text, 'utf8')), GZIP_TYPE);
};

// /data/reports.json: a light index of every report (metadata, source, links, check counts) and the
// build's provenance; the tables and checks are in each report's own JSON and the CSVs.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { provenance } from '../../data/buildInfo.ts';
import { siteRootOf } from '../../data/dataUrls.ts';
import { reportsDocumentChunks } from '../../data/publishedReport.ts';
import { JSON_TYPE, streamResponse } from '../../data/responses.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return streamResponse(reportsDocumentChunks(catalog.reports, provenance, siteRootOf(siteConfig.siteUrl, siteConfig.basePath)), JSON_TYPE);
};

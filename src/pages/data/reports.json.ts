// /data/reports.json: every report with its tables, checks and diagnostics (text blocks left out).
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { provenance } from '../../data/buildInfo.ts';
import { siteRootOf } from '../../data/dataUrls.ts';
import { reportsDocumentChunks } from '../../data/publishedReport.ts';
import { JSON_TYPE, streamResponse } from '../../data/responses.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return streamResponse(reportsDocumentChunks(catalog.reports, provenance, siteRootOf(siteConfig.siteUrl, siteConfig.basePath)), JSON_TYPE);
};

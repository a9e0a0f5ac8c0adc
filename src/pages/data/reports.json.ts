// /data/reports.json: every report with its tables, checks and diagnostics (text blocks left out).
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { provenance } from '../../data/buildInfo.ts';
import { siteRootOf } from '../../data/dataUrls.ts';
import { reportsDocument } from '../../data/publishedReport.ts';
import { jsonResponse } from '../../data/responses.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return jsonResponse(reportsDocument(catalog.reports, provenance, siteRootOf(siteConfig.siteUrl, siteConfig.basePath)));
};

// /data/reports/<id>.json: one report, complete (text blocks included), at an address that stays.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';
import { SITE_KEY } from '../../../lib/siteKey.ts';
import { reportKeyOf } from '../../../portal/cacheKeys.ts';
import type { CatalogReport } from '../../../portal/catalog.ts';
import { provenance } from '../../../data/buildInfo.ts';
import { siteRootOf } from '../../../data/dataUrls.ts';
import { publishedReport } from '../../../data/publishedReport.ts';
import { jsonResponse } from '../../../data/responses.ts';
import { siteConfig } from '../../../site.config.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.reports.map((report) => ({ params: { id: report.id }, props: { report }, cacheKey: reportKeyOf(report, SITE_KEY) }));
}

export const GET: APIRoute = ({ props }) => {
  const { report } = props as { report: CatalogReport };
  return jsonResponse(publishedReport(report, provenance, siteRootOf(siteConfig.siteUrl, siteConfig.basePath)), true);
};

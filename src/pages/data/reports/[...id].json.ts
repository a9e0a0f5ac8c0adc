// /data/reports/<id>.json: one report, complete (text blocks included), at an address that stays.
// Minified, and made of the report and its catalog neighbours only (no build time): the same report
// gives the same bytes in every build of the same nianbao.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/getCatalog.ts';
import { SITE_KEY } from '../../../lib/siteKey.ts';
import { reportKeyOf } from '../../../portal/cacheKeys.ts';
import type { CatalogReport } from '../../../portal/catalog.ts';
import { reportProvenance } from '../../../data/buildInfo.ts';
import { siteRootOf } from '../../../data/dataUrls.ts';
import { publishedReportJson } from '../../../data/publishedReport.ts';
import { JSON_TYPE } from '../../../data/responses.ts';
import { siteConfig } from '../../../site.config.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.reports.map((report) => ({ params: { id: report.id }, props: { report }, cacheKey: reportKeyOf(report, SITE_KEY) }));
}

export const GET: APIRoute = ({ props }) => {
  const { report } = props as { report: CatalogReport };
  const json = publishedReportJson(report, reportProvenance, siteRootOf(siteConfig.siteUrl, siteConfig.basePath));
  return new Response(json, { headers: { 'Content-Type': JSON_TYPE } });
};

// /data/report.schema.json: JSON Schema of /data/reports/<id>.json, generated from the zod schemas.
import type { APIRoute } from 'astro';
import { dataUrls, siteRootOf } from '../../data/dataUrls.ts';
import { jsonResponse } from '../../data/responses.ts';
import { jsonSchemaOf, publishedReportSchema } from '../../data/schema.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = () => {
  const id = new URL(dataUrls.reportSchema(), siteRootOf(siteConfig.siteUrl, siteConfig.basePath)).href;
  return jsonResponse(
    jsonSchemaOf(
      publishedReportSchema,
      id,
      '政府信息公开工作年度报告（单份报告 JSON）',
      `${siteConfig.name}：/data/reports/<编号>.json 的结构`,
    ),
    true,
  );
};

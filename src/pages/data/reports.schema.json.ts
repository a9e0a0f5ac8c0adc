// /data/reports.schema.json: JSON Schema of /data/reports.json, generated from the zod schemas.
import type { APIRoute } from 'astro';
import { dataUrls, siteRootOf } from '../../data/dataUrls.ts';
import { jsonResponse } from '../../data/responses.ts';
import { jsonSchemaOf, reportsDocumentSchema } from '../../data/schema.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = () => {
  const id = new URL(dataUrls.reportsSchema(), siteRootOf(siteConfig.siteUrl, siteConfig.basePath)).href;
  return jsonResponse(
    jsonSchemaOf(
      reportsDocumentSchema,
      id,
      '政府信息公开工作年度报告（全部报告 JSON）',
      `${siteConfig.name}：/data/reports.json 的结构（全部报告的索引，不含表格和核对结果）`,
    ),
    true,
  );
};

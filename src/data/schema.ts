// The published JSON: each report's own file (the report entry, src/schema/report.ts, with its id,
// body, links and nianbao's version) and reports.json, a light index of every report with the build's
// provenance. The JSON Schema downloads are generated from these zod schemas, never written by hand.
import { z } from 'zod';
import { checkSchema, reportEntrySchema } from '../schema/report.ts';

const tableNameSchema = z.enum(['proactive', 'applications', 'reviewLitigation', 'legacyStatistics']);

export const provenanceSchema = z
  .object({
    nianbaoVersion: z.string().meta({ description: 'nianbao 的版本号（package.json）' }),
    builtAt: z.iso.datetime().meta({ description: '本次构建的时间（UTC），同一次构建的 reports.json 与 provenance.json 相同' }),
  })
  .meta({ description: '生成本文件的程序版本与构建时间' });

/** A report's own JSON names nianbao's version but no build time: it changes only when the report does. */
export const reportProvenanceSchema = provenanceSchema
  .pick({ nianbaoVersion: true })
  .meta({ description: '生成本文件的程序版本（构建时间见 reports.json 与 provenance.json）' });

const bodySchema = z
  .object({ slug: z.string(), name: z.string(), registered: z.boolean() })
  .meta({ description: '本站归属的机关（规范名称）；agency 字段是报告原文署名' });

const linksSchema = z
  .object({ page: z.url(), source: z.url(), json: z.url() })
  .meta({ description: '报告页、原文文件与单份报告 JSON 的网址' });

/**
 * A check as a report's JSON publishes it: one that passed says which rule, subject and figures; the
 * cells it read and its message in words come with the checks that fail or cannot be checked, where a
 * reader needs to find the problem (every check's cells and message: the SQLite database).
 */
export const publishedCheckSchema = checkSchema.extend({
  cells: checkSchema.shape.cells.optional().meta({ description: '所用的格子（表.行.列）；只在核对不符或无法核对时给出' }),
  message: checkSchema.shape.message.optional().meta({ description: '中文说明；只在核对不符或无法核对时给出' }),
});

export const publishedReportSchema = reportEntrySchema.extend({
  checks: z.array(publishedCheckSchema).meta({ description: '全部核对结果（含跨年度核对）' }),
  id: z.string().meta({ description: '报告编号：原文文件在 content/reports/ 下的路径，不含 .txt' }),
  body: bodySchema,
  links: linksSchema,
  provenance: reportProvenanceSchema,
});

const count = z.number().int().nonnegative();

export const checkCountsSchema = z
  .object({ pass: count, fail: count, uncheckable: count })
  .meta({ description: '核对结果的条数：相符、不符、无法核对（含跨年度核对）' });

/** reports.json holds, per report, what finds it and leads to it: no tables, checks or text. */
export const reportIndexEntrySchema = reportEntrySchema
  .pick({ agency: true, year: true, format: true, title: true, publishedOn: true, source: true })
  .extend({
    id: z.string().meta({ description: '报告编号：原文文件在 content/reports/ 下的路径，不含 .txt' }),
    body: bodySchema,
    tables: z
      .array(tableNameSchema)
      .meta({ description: '报告含有的表格（表二 proactive、表三 applications、表四 reviewLitigation、旧版 legacyStatistics）' }),
    checkCounts: checkCountsSchema,
    links: linksSchema,
  });

export const reportsDocumentSchema = z.object({
  provenance: provenanceSchema,
  count: count.meta({ description: '报告份数' }),
  reports: z.array(reportIndexEntrySchema),
});

export type PublishedReport = z.infer<typeof publishedReportSchema>;
export type PublishedCheck = z.infer<typeof publishedCheckSchema>;
export type ReportProvenance = z.infer<typeof reportProvenanceSchema>;
export type ReportIndexEntry = z.infer<typeof reportIndexEntrySchema>;
export type ReportsDocument = z.infer<typeof reportsDocumentSchema>;

/** A JSON Schema (draft 2020-12) of a published document, with its own address as $id. */
export function jsonSchemaOf(schema: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title, description, ...rest };
}

// The published JSON: the report entry (src/schema/report.ts) with its id, body, links and the build's
// provenance. The JSON Schema downloads are generated from these zod schemas, never written by hand.
import { z } from 'zod';
import { reportEntrySchema, sectionSchema } from '../schema/report.ts';

export const provenanceSchema = z
  .object({
    nianbaoVersion: z.string().meta({ description: 'nianbao 的版本号（package.json）' }),
    builtAt: z.iso.datetime().meta({ description: '本次构建的时间（UTC），同一次构建的所有下载文件相同' }),
  })
  .meta({ description: '生成本文件的程序版本与构建时间' });

export const publishedReportSchema = reportEntrySchema.extend({
  id: z.string().meta({ description: '报告编号：原文文件在 content/reports/ 下的路径，不含 .txt' }),
  body: z
    .object({ slug: z.string(), name: z.string(), registered: z.boolean() })
    .meta({ description: '本站归属的机关（规范名称）；agency 字段是报告原文署名' }),
  links: z
    .object({ page: z.url(), source: z.url(), json: z.url() })
    .meta({ description: '报告页、原文文件与本 JSON 的网址' }),
  provenance: provenanceSchema,
});

/** reports.json leaves out the text: no preamble, and sections without their blocks. */
export const reportSummarySchema = publishedReportSchema
  .omit({ preamble: true, provenance: true })
  .extend({ sections: z.array(sectionSchema.omit({ blocks: true })) });

export const reportsDocumentSchema = z.object({
  provenance: provenanceSchema,
  count: z.number().int().nonnegative(),
  reports: z.array(reportSummarySchema),
});

export type PublishedReport = z.infer<typeof publishedReportSchema>;
export type ReportSummary = z.infer<typeof reportSummarySchema>;
export type ReportsDocument = z.infer<typeof reportsDocumentSchema>;

/** A JSON Schema (draft 2020-12) of a published document, with its own address as $id. */
export function jsonSchemaOf(schema: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title, description, ...rest };
}

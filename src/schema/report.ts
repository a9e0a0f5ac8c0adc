// zod schemas of the public data contract (../shared/spec/report-format.md). The content collection
// validates every parsed report against them; the open-data JSON Schema is generated from them.
// They must infer exactly the types of src/parser/types.ts: test/schema/reportContract.test.ts fails tsc otherwise.
import { z } from 'zod';
import { frontMatterSchema } from './frontMatter.ts';

const cell = z.number().nullable();
const rows = z.record(z.string(), z.record(z.string(), cell));

export const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  line: z.number().int().positive().nullable(),
});

export const checkSchema = z.object({
  rule: z.string(),
  subject: z.string().nullable(),
  status: z.enum(['pass', 'fail', 'uncheckable']),
  expected: z.union([z.number(), z.string()]).nullable(),
  actual: z.union([z.number(), z.string()]).nullable(),
  cells: z.array(z.string()),
  message: z.string(),
});

const tableName = z.enum(['proactive', 'applications', 'reviewLitigation', 'legacyStatistics']);

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string(), line: z.number() }),
  z.object({ type: z.literal('subheading'), text: z.string(), line: z.number() }),
  z.object({ type: z.literal('table'), table: tableName, line: z.number() }),
  z.object({ type: z.literal('fragment'), lines: z.array(z.string()), line: z.number() }),
]);

export const sectionSchema = z.object({
  number: z.number().int().nullable(),
  key: z.enum(['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'other', 'fees', 'statistics']).nullable(),
  heading: z.string(),
  line: z.number().int(),
  blocks: z.array(blockSchema),
});

export const legacyRowSchema = z.object({
  indicator: z.string(),
  unit: z.string().nullable(),
  value: cell,
  extra: z.array(z.object({ label: z.string(), value: cell })).optional(),
  level: z.number().int().positive(),
  line: z.number().int(),
});

export const reportSchema = z.object({
  path: z.string(),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  format: z.enum(['2021', '2019', 'legacy', 'unknown']),
  title: z.string().nullable(),
  publishedOn: z.string().nullable(),
  period: z.object({ from: z.string(), to: z.string(), line: z.number().int() }).nullable(),
  preamble: z.array(blockSchema),
  sections: z.array(sectionSchema),
  proactive: rows.nullable(),
  applications: rows.nullable(),
  reviewLitigation: z
    .object({
      review: z.record(z.string(), cell),
      litigationDirect: z.record(z.string(), cell),
      litigationAfterReview: z.record(z.string(), cell),
    })
    .nullable(),
  legacyStatistics: z.array(legacyRowSchema).nullable(),
  tableLines: z.partialRecord(tableName, z.number()),
  checks: z.array(checkSchema),
  diagnostics: z.array(diagnosticSchema),
});

/** Where a published report came from: its file, the file's SHA-256 and size. */
export const sourceSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string(),
  /** A web page, Word file or PDF, converted to text before it was parsed; absent for plain text. */
  format: z.enum(['html', 'docx', 'pdf']).optional(),
  /** What the original's metadata supplied that its text lacked. */
  fromOriginal: z.object({ title: z.string(), body: z.string(), published: z.string(), source: z.string() }).partial().optional(),
});

export const reportEntrySchema = reportSchema.extend({
  source: sourceSchema,
  /** The file's front matter, when it has one: its source address and notes are shown on the pages. */
  frontMatter: frontMatterSchema.optional(),
});

export type ReportEntryData = z.infer<typeof reportEntrySchema>;

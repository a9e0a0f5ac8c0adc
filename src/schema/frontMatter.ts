// The optional front matter of a report file: a YAML block at the very top, between two `---` lines,
// that completes or corrects what the report's text says (see CONTRIBUTING.md).
import { z } from 'zod';

export const FRONT_MATTER_KEYS = ['body', 'year', 'region', 'publishedOn', 'source', 'notes', 'original', 'originalSha256'] as const;

export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/**
 * Other names a key may be written with, read as that key: agency is what the spec calls the body
 * (report-format.md). A file that gives both, with different values, is in error.
 */
export const FRONT_MATTER_ALIASES: Readonly<Record<string, FrontMatterKey>> = { agency: 'body' };

export const frontMatterSchema = z.strictObject({
  /** 机关名称: the body that reports, as in the registry (content/agencies.yaml) or as it signs; also written agency. */
  body: z.string({ error: '应为机关名称（文字）' }).trim().min(2, { error: '机关名称至少两个字' }).optional(),
  /** The year the statistics cover. */
  year: z
    .number({ error: '应为四位数字的年份，如 2022（不加引号）' })
    .int({ error: '应为整数年份，如 2022' })
    .min(2008, { error: '应在 2008 年（《条例》施行）以后' })
    .max(2100, { error: '应为四位数字的年份，如 2022' })
    .optional(),
  /** From the province down: [宁夏回族自治区, 吴忠市, 利通区]. */
  region: z
    .array(z.string({ error: '地区名称应为文字' }).min(2, { error: '地区名称至少两个字' }), {
      error: '应为地区列表，如 [宁夏回族自治区, 吴忠市]',
    })
    .min(1, { error: '地区列表不能为空' })
    .optional(),
  /** The date under the signature. */
  publishedOn: z.iso.date({ error: '应为 YYYY-MM-DD 格式的日期，如 2023-01-31' }).optional(),
  /** Where the report was published (the original web page). */
  source: z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址' }).optional(),
  /** Anything readers should know about this file (how it was converted, what was corrected). */
  notes: z.string({ error: '应为文字说明' }).optional(),
  /** The original this text was converted from (`npm run import`): its file name, beside this file. */
  original: z.string({ error: '应为原文件的文件名' }).min(1, { error: '应为原文件的文件名' }).optional(),
  /** That original's SHA-256, as it was when converted. */
  originalSha256: z
    .string({ error: '应为 64 位十六进制的 SHA-256' })
    .regex(/^[0-9a-f]{64}$/, { error: '应为 64 位十六进制的 SHA-256' })
    .optional(),
});

export type FrontMatterData = z.infer<typeof frontMatterSchema>;

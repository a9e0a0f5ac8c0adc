// The registry (content/agencies.yaml): the bodies with their names, level and region.
import { z } from 'zod';

export const LEVELS = ['province', 'city', 'county', 'township', 'department'] as const;
export const LEVEL_LABELS: Record<(typeof LEVELS)[number], string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
  department: '部门',
};

export const bodySchema = z.object({
  /** ASCII, used in URLs: /agencies/<slug>/ */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能使用小写字母、数字和连字符'),
  /** The canonical name. */
  name: z.string().min(2),
  /** Other names the body signs with (吴忠市人民政府办公室 one year, 吴忠市 another). */
  aliases: z.array(z.string().min(2)).default([]),
  level: z.enum(LEVELS),
  /** From the province down: [宁夏回族自治区, 吴忠市, 利通区]. */
  region: z.array(z.string().min(2)).min(1),
});

export const bodyRegistrySchema = z.array(bodySchema);

export type Body = z.infer<typeof bodySchema>;
export type Level = (typeof LEVELS)[number];

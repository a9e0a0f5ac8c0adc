// The registry (content/agencies.yaml): the bodies with their names, level and region.
import { z } from 'zod';

import { LEVELS } from './levels.ts';

export { LEVELS, LEVEL_LABELS, type Level } from './levels.ts';

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

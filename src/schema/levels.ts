// The levels a body can have and their names on pages. Apart from the registry's zod schema
// (body.ts) so that browser code can name a level without bundling zod, whose parser probes for
// eval and trips the site's Content-Security-Policy.

export const LEVELS = ['province', 'city', 'county', 'township', 'department'] as const;

export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
  department: '部门',
};

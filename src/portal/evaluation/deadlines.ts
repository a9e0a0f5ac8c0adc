// When a body's annual report is due: the ONE table of level → deadline (timeliness.deadline).
//
// 《政府信息公开条例》(2019) 第四十九条: 县级以上人民政府部门 publish by 31 January of the next year,
// 县级以上地方人民政府 by 31 March. 《条例》(2007) 第三十一条 (reports on 2008–2018): every body by
// 31 March. The registry's levels map onto these:
// - province, city, county: 县级以上地方人民政府 → 31 March.
// - department: a department of a government at county level or above (the registry has no lower
//   departments) → 31 January from the 2019 report on, 31 March before.
// - township: 第四十九条 names no deadline for 乡镇人民政府; provinces commonly have them report
//   with their county, so they follow the county's 31 March (an assumption, overridable).
// A body without a level (not in the registry) has no deadline: the rule cannot be checked.
//
// The site settings override a level's deadline (PORTAL_DEADLINES, see site.config.ts), e.g.
// `township=02-28,department=01-31`: month-day of the year after the report's year, for every year.
import type { Level } from '../../schema/body.ts';

/** Month and day of the year after the report's year: `03-31`. */
export type MonthDay = string;

export type DeadlineOverrides = Partial<Record<Level, MonthDay>>;

/** The first report year the 2019 条例 applies to. */
export const REGULATION_2019_FROM = 2019;

const STATUTORY_2019: Record<Level, MonthDay> = {
  province: '03-31',
  city: '03-31',
  county: '03-31',
  township: '03-31',
  department: '01-31',
};

const STATUTORY_2007: MonthDay = '03-31';

/** Where the deadline comes from, for the check's message. */
export function deadlineBasis(year: number, overridden: boolean): string {
  if (overridden) return '本站设置';
  return year >= REGULATION_2019_FROM ? '《政府信息公开条例》（2019）第四十九条' : '《政府信息公开条例》（2007）第三十一条';
}

/** The deadline (ISO date) for a report on `year` by a body of `level`, with whether the settings set it. */
export function deadlineOf(level: Level, year: number, overrides: DeadlineOverrides = {}): { date: string; overridden: boolean } {
  const set = overrides[level];
  const monthDay = set ?? (year >= REGULATION_2019_FROM ? STATUTORY_2019[level] : STATUTORY_2007);
  return { date: `${year + 1}-${monthDay}`, overridden: set !== undefined };
}

const LEVEL_NAMES: readonly string[] = ['province', 'city', 'county', 'township', 'department'];

/** `township=02-28,department=01-31` → overrides; pairs that do not read are left out. */
export function parseDeadlineOverrides(text: string | undefined): DeadlineOverrides {
  const out: DeadlineOverrides = {};
  for (const pair of (text ?? '').split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*(\d{2})-(\d{2})\s*$/.exec(pair);
    if (!m || !LEVEL_NAMES.includes(m[1] as string)) continue;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    out[m[1] as Level] = `${m[2]}-${m[3]}`;
  }
  return out;
}

// Which generation of the State Council's format a report follows, from its own tables first.
import type { ReportFormat } from './types.ts';

export function detectFormat(clean: string, year: number | null, hasModernTables: boolean, hasLegacyTable: boolean): ReportFormat {
  // Only the header words matter, and they may be spaced out: drop white space and nothing else.
  const t = clean.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/〔/g, '[').replace(/〕/g, ']');
  if (/本年制发件数|本年废止件数|现行有效件数|逾期不补正|缴纳费用/.test(t)) return '2021';
  if (/本年新制作数量|本年新公开数量|对外公开总数量|第\(九\)项|政府集中采购/.test(t)) return '2019';
  if (hasModernTables && year !== null) return year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'unknown';
  if (hasLegacyTable || (year !== null && year <= 2018)) return 'legacy';
  if (year !== null && year >= 2021 && /国办公开办函\[2021\]30号/.test(t)) return '2021';
  return 'unknown';
}

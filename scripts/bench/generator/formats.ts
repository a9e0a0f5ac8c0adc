// Which format a report of a year follows (the State Council's three generations).
import type { ReportFormat } from './compose.ts';

export function formatOfYear(year: number): ReportFormat {
  return year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'legacy';
}

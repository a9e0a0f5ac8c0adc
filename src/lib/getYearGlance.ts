// A year at a glance for the pages: Astro glue around yearGlance (src/lib/yearGlance.ts), with what the
// registered bodies owe when the year is within the portal's range.
import { getCatalog } from './getCatalog.ts';
import { getCoverage } from './getCoverage.ts';
import { type YearGlance, yearGlance } from './yearGlance.ts';

export async function getYearGlance(year: number): Promise<YearGlance> {
  const [catalog, { range, bodies }] = await Promise.all([getCatalog(), getCoverage()]);
  const owed = range !== null && year >= range.from && year <= range.to;
  return yearGlance(catalog, year, owed ? bodies : null);
}

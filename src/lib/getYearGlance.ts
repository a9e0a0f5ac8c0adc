// A year at a glance for the pages: Astro glue around yearGlance (src/lib/yearGlance.ts), with the
// registry's coverage when the year is within the portal's range (what the registered bodies owe).
import { getCollection } from 'astro:content';
import { type BodyCoverage, expectedReports, portalYearRange } from '../portal/expectedReports.ts';
import { siteConfig } from '../site.config.ts';
import { getCatalog } from './getCatalog.ts';
import { type YearGlance, yearGlance } from './yearGlance.ts';

let coverage: Promise<BodyCoverage[]> | undefined;

/** Which registered bodies have which years of the range: worked out once per build. */
function registryCoverage(): Promise<BodyCoverage[]> {
  coverage ??= (async () => {
    const [catalog, bodies] = await Promise.all([getCatalog(), getCollection('bodies')]);
    const range = portalYearRange(catalog.years, siteConfig.years);
    return range
      ? expectedReports(
          bodies.map((b) => b.data),
          catalog,
          range,
        )
      : [];
  })();
  return coverage;
}

export async function getYearGlance(year: number): Promise<YearGlance> {
  const catalog = await getCatalog();
  const range = portalYearRange(catalog.years, siteConfig.years);
  const owed = range !== null && year >= range.from && year <= range.to;
  return yearGlance(catalog, year, owed ? await registryCoverage() : null);
}

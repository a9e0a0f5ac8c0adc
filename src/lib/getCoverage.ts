// What the registered bodies owe, for the pages: the portal's year range (the site settings' years, or
// those of the reports) and which registered bodies have a report of which year of it. Worked out once
// per build; read by the quality pages' missing-report lists and the year at a glance.
import { getCollection } from 'astro:content';
import { type BodyCoverage, type YearRange, expectedReports, portalYearRange } from '../portal/expectedReports.ts';
import { siteConfig } from '../site.config.ts';
import { getCatalog } from './getCatalog.ts';

export interface Coverage {
  /** null when the portal has no year to owe (no reports, no configured years). */
  range: YearRange | null;
  /** One entry per registered body, in registry order; empty without a range. */
  bodies: BodyCoverage[];
}

let cached: Promise<Coverage> | undefined;

export function getCoverage(): Promise<Coverage> {
  cached ??= (async () => {
    const [catalog, registry] = await Promise.all([getCatalog(), getCollection('bodies')]);
    const range = portalYearRange(catalog.years, siteConfig.years);
    const registered = registry.map((b) => b.data);
    return { range, bodies: range ? expectedReports(registered, catalog, range) : [] };
  })();
  return cached;
}

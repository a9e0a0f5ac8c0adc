// Cache keys of the list pages (see src/portal/cacheKeys.ts): what each shows besides code. A page
// that lists every report (the whole quality list, the home page) has none and is rendered each time.
import { getCollection } from 'astro:content';
import type { Catalog, CatalogBody, CatalogReport } from '../portal/catalog.ts';
import { reportsKeyOf, settingsKeyOf } from '../portal/cacheKeys.ts';
import { SITE_KEY } from './siteKey.ts';
import { bodyPeersKeyPart } from '../data/peersKey.ts';

let registry: Promise<string> | undefined;

/** The registry of bodies as a key part: the missing-report lists read it. */
export function registryKey(): Promise<string> {
  registry ??= getCollection('bodies').then((bodies) => settingsKeyOf(bodies.map((b) => b.data)));
  return registry;
}

/**
 * A body's page: its reports, the registry, the portal's years (its missing years) and where it
 * stands among its peers (ranks and quartiles change when another body's report of its level and year does).
 */
export function bodyPageKey(body: CatalogBody, catalog: Catalog, registry: string): string {
  return reportsKeyOf(body.reports, SITE_KEY, [registry, catalog.years, bodyPeersKeyPart(body, catalog.reports)]);
}

/** A page of one year's reports (any order, any page of it): that year's reports. */
export function yearPageKey(yearReports: readonly CatalogReport[]): string {
  return reportsKeyOf(yearReports, SITE_KEY);
}

const coverages = new WeakMap<Catalog, string>();

/**
 * Which registered bodies have reports, and of which years: a year's missing-report list names, for each
 * body that lacks that year, the years it does have and whether it has a page.
 */
function coverageKey(catalog: Catalog): string {
  let key = coverages.get(catalog);
  if (key === undefined) {
    key = settingsKeyOf(catalog.bodies.filter((a) => a.registered).map((a) => [a.slug, a.reports.map((r) => r.year)]));
    coverages.set(catalog, key);
  }
  return key;
}

/**
 * A quality page of one year: that year's reports, the registry, the portal's years (filters) and which
 * years every registered body has (its missing-report list).
 */
export function qualityYearPageKey(yearReports: readonly CatalogReport[], catalog: Catalog, registry: string): string {
  return reportsKeyOf(yearReports, SITE_KEY, [registry, catalog.years, coverageKey(catalog)]);
}

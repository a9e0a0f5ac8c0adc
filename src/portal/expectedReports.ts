// Expected against received: every registered body owes a report for every year of the portal's
// range; which of them the portal has, and which are missing.
import type { Body } from '../schema/body.ts';
import type { Catalog, CatalogBody } from './catalog.ts';

export interface YearRange {
  from: number;
  to: number;
}

export interface ConfiguredYears {
  from: number | null;
  to: number | null;
}

/** The configured range, each end defaulting to the earliest / latest year among the reports; null when neither is known. */
export function portalYearRange(reportYears: number[], configured: ConfiguredYears): YearRange | null {
  const from = configured.from ?? (reportYears.length > 0 ? Math.min(...reportYears) : null);
  const to = configured.to ?? (reportYears.length > 0 ? Math.max(...reportYears) : null);
  if (from === null || to === null || from > to) return null;
  return { from, to };
}

export interface BodyCoverage {
  body: Body;
  /** The body in the catalog, when it has at least one report (and so a page). */
  catalogBody: CatalogBody | null;
  /** Years of the range with a report, oldest first. */
  present: number[];
  /** Years of the range without one, oldest first. */
  missing: number[];
}

export function yearsOf(range: YearRange): number[] {
  return Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
}

const registeredOf = new WeakMap<Catalog, Map<string, CatalogBody>>();

/** The catalog's registered bodies by slug, once per catalog (a body page asks for its own). */
function registeredBodies(catalog: Catalog): Map<string, CatalogBody> {
  let bySlug = registeredOf.get(catalog);
  if (!bySlug) registeredOf.set(catalog, (bySlug = new Map(catalog.bodies.filter((a) => a.registered).map((a) => [a.slug, a]))));
  return bySlug;
}

/** One entry per registered body, in registry order. */
export function expectedReports(registry: Body[], catalog: Catalog, range: YearRange): BodyCoverage[] {
  const years = yearsOf(range);
  const registered = registeredBodies(catalog);
  return registry.map((body) => {
    const catalogBody = registered.get(body.slug) ?? null;
    const have = new Set((catalogBody?.reports ?? []).map((r) => r.year));
    return { body, catalogBody, present: years.filter((y) => have.has(y)), missing: years.filter((y) => !have.has(y)) };
  });
}

/** 2018、2019、2021 → “2018—2019、2021 年”. */
export function yearList(years: number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return `${runs.map(([a, b]) => (a === b ? `${a}` : `${a}—${b}`)).join('、')} 年`;
}

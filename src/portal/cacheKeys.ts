// Cache keys for incremental builds (Astro's experimental.incrementalBuild): a page from
// getStaticPaths() is copied from the previous build when its key and its code are unchanged. A key
// must therefore name everything the page shows that is not code: the report's data (its store
// digest), the body it is filed under, its neighbours in the body's history (links and the
// crossYear checks) and the site's settings (name, addresses). Astro hashes the code itself.
import { createHash } from 'node:crypto';
import type { CatalogBody, CatalogReport } from './catalog.ts';

function hashOf(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}

/** A report's data: its store digest, or (outside a build, without one) the data itself. */
function dataKeyOf(report: CatalogReport): string {
  return report.digest ?? hashOf([report.data]);
}

function bodyKeyOf(body: CatalogBody): unknown[] {
  return [body.slug, body.name, body.aliases, body.level, body.region, body.registered];
}

function neighbourKeyOf(report: CatalogReport | null): unknown[] | null {
  return report && [report.id, report.year, dataKeyOf(report)];
}

/** The settings every page shows (from src/site.config.ts): any change renders every page again. */
export function settingsKeyOf(settings: unknown): string {
  return hashOf([settings]);
}

const reportKeys = new WeakMap<CatalogReport, { settingsKey: string; key: string }>();

/** A report's page and its JSON download: the report, its body, the reports before and after it. */
export function reportKeyOf(report: CatalogReport, settingsKey: string): string {
  const known = reportKeys.get(report);
  if (known?.settingsKey === settingsKey) return known.key;
  const key = hashOf([
    settingsKey,
    report.id,
    dataKeyOf(report),
    bodyKeyOf(report.body),
    neighbourKeyOf(report.previous),
    neighbourKeyOf(report.next),
  ]);
  reportKeys.set(report, { settingsKey, key });
  return key;
}

/**
 * A report's original file, served byte for byte: its path and SHA-256. A converted original's text
 * also depends on the converters: the entry's digest, which includes their fingerprint, says when.
 */
export function sourceKeyOf(report: CatalogReport): string {
  const { path, sha256, format } = report.data.source;
  return hashOf(format === undefined ? [path, sha256] : [path, sha256, report.digest]);
}

/** A page that shows a set of reports (a body's, a year's): each of them as its report page would. */
export function reportsKeyOf(reports: readonly CatalogReport[], settingsKey: string, extra: unknown = null): string {
  return hashOf([settingsKey, extra, reports.map((r) => reportKeyOf(r, settingsKey))]);
}

// The portal's settings, in one place. Environment variables override them at build time.
import { parseDeadlineOverrides } from './portal/evaluation/deadlines.ts';

function envYear(value: string | undefined): number | null {
  return value !== undefined && /^\d{4}$/.test(value.trim()) ? Number(value) : null;
}

function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

export const siteConfig = {
  /** Shown in the header and page titles. */
  name: process.env.PORTAL_NAME ?? '宁夏政府信息公开工作年度报告',
  /** Who runs the portal. */
  publisher: process.env.PORTAL_PUBLISHER ?? '宁夏回族自治区人民政府办公厅（示例）',
  /** The top of the region tree the portal covers. */
  rootRegion: process.env.PORTAL_ROOT_REGION ?? '宁夏回族自治区',
  /** Where the site is served below the domain: `/` or e.g. `/nianbao/`. */
  basePath: normaliseBase(process.env.BASE_PATH ?? '/'),
  /** The public address, for canonical links and the sitemap. */
  siteUrl: (process.env.SITE_URL ?? 'https://example.org').replace(/\/$/, ''),
  /** Where report files live, relative to the project (REPORTS_DIR: e.g. a test site with more reports). */
  reportsDir: process.env.REPORTS_DIR ?? 'content/reports',
  /** The registry of bodies. The file and its variable, AGENCIES_FILE, keep the names operators know. */
  bodiesFile: process.env.AGENCIES_FILE ?? 'content/agencies.yaml',
  /**
   * The years every registered body is expected to have a report for (the quality page lists the
   * missing ones). Unset: from the earliest to the latest year among the reports.
   */
  years: {
    from: envYear(process.env.PORTAL_FIRST_YEAR),
    to: envYear(process.env.PORTAL_LAST_YEAR),
  },
  /**
   * Publication deadlines by body level, over the statutory ones (src/portal/evaluation/deadlines.ts):
   * PORTAL_DEADLINES=township=02-28,department=01-31 (month-day of the year after the report's year).
   */
  deadlines: parseDeadlineOverrides(process.env.PORTAL_DEADLINES),
};

export type SiteConfig = typeof siteConfig;

// The portal's settings, in one place. Environment variables override them at build time.

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
};

export type SiteConfig = typeof siteConfig;

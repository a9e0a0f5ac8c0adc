// The limits a built portal must fit, from the hosts it is meant for and the spreadsheets its data
// is opened in; bench:build fails when a site breaks one. See README (“静态主机的限制”).
import type { SiteWeight } from './siteWeight.ts';

export const SITE_BUDGET = {
  /** GitHub Pages and GitLab Pages refuse a site over 1 GB. */
  siteBytes: 1_000_000_000,
  /** Files per report, all in (Cloudflare Pages: 20,000 files free, 100,000 paid). */
  filesPerReport: 5,
  /** Cloudflare Pages' limit for one file. */
  fileBytes: 25 * 1024 * 1024,
  /** An HTML page a phone loads in reasonable time. */
  pageBytes: 200_000,
  /** Excel opens 1,048,576 rows, the header being one. */
  csvRows: 1_048_575,
  /** What we aim at per report, all in (printed, not enforced). */
  aimBytesPerReport: 100 * 1024,
} as const;

export interface BudgetLine {
  what: string;
  actual: string;
  limit: string;
  ok: boolean;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** One line per enforced limit (the aim per report is reported by the caller). */
export function checkBudget(weight: SiteWeight, reports: number): BudgetLine[] {
  const b = SITE_BUDGET;
  const perReport = reports > 0 ? weight.files / reports : 0;
  return [
    { what: 'site size', actual: mb(weight.bytes), limit: mb(b.siteBytes), ok: weight.bytes <= b.siteBytes },
    { what: 'files per report', actual: perReport.toFixed(2), limit: String(b.filesPerReport), ok: perReport <= b.filesPerReport },
    {
      what: 'largest file',
      actual: weight.largestFile ? `${mb(weight.largestFile.bytes)} (${weight.largestFile.path})` : '–',
      limit: mb(b.fileBytes),
      ok: (weight.largestFile?.bytes ?? 0) <= b.fileBytes,
    },
    {
      what: 'largest HTML page',
      actual: weight.largestPage ? `${(weight.largestPage.bytes / 1000).toFixed(0)} KB (${weight.largestPage.path})` : '–',
      limit: `${b.pageBytes / 1000} KB`,
      ok: (weight.largestPage?.bytes ?? 0) <= b.pageBytes,
    },
    {
      what: 'longest CSV',
      actual: weight.longestCsv ? `${weight.longestCsv.rows.toLocaleString('en')} rows (${weight.longestCsv.path})` : '–',
      limit: `${b.csvRows.toLocaleString('en')} rows`,
      ok: (weight.longestCsv?.rows ?? 0) <= b.csvRows,
    },
  ];
}

// The quality pages of the evaluators' rules (/quality/evaluation/): per year, the reports on time,
// late and of unknown date, the repeated tables, the figures that jumped and the copied texts, by
// region. The year's page counts them for each region of the first level below the portal's root;
// each region's page lists its flagged reports with links, cut by size (issue 12: no page over
// 200 KB at 10,000 reports). Only a region with a flagged report has a page (the files per report
// stay in budget). Deeper regions are not pages of their own: their bodies are in their
// first-level region's list.
import type { Catalog, CatalogReport, RegionNode } from '../catalog.ts';
import { type Page, pagePath, paginateByWeight } from '../paging.ts';
import { regionSlugOf } from '../../registry/slug.ts';
import { type ReportFlags, reportFlags } from './reportFlags.ts';

export interface EvaluationCounts {
  reports: number;
  onTime: number;
  late: number;
  unknown: number;
  repeated: number;
  outliers: number;
  copied: number;
}

export function evaluationCounts(reports: readonly CatalogReport[]): EvaluationCounts {
  const c: EvaluationCounts = { reports: reports.length, onTime: 0, late: 0, unknown: 0, repeated: 0, outliers: 0, copied: 0 };
  for (const r of reports) {
    const f = reportFlags(r);
    c[f.timeliness.kind]++;
    if (f.repeated) c.repeated++;
    if (f.outliers.length > 0) c.outliers++;
    if (f.copied) c.copied++;
  }
  return c;
}

/** Late, a repeated table, a jump or a copied text: a report the region's page lists. */
export function isFlagged(f: ReportFlags): boolean {
  return f.timeliness.kind === 'late' || f.repeated !== null || f.outliers.length > 0 || f.copied !== null;
}

/** A first-level region below the root, or the bodies with no region (slug `unplaced`). */
export interface RegionScope {
  slug: string;
  name: string;
  reports: CatalogReport[];
}

export const UNPLACED_SLUG = 'unplaced';

function subtreeReports(node: RegionNode): CatalogReport[] {
  return [...node.bodies.flatMap((b) => b.reports), ...node.children.flatMap(subtreeReports)];
}

/** The year's reports by first-level region: the root's own bodies first (as the root), then each region, then the unplaced. */
export function regionScopes(catalog: Catalog, year: number): RegionScope[] {
  const ofYear = (rs: CatalogReport[]) => rs.filter((r) => r.year === year);
  const scopes: RegionScope[] = [];
  const own = ofYear(catalog.regions.bodies.flatMap((b) => b.reports));
  if (own.length > 0) scopes.push({ slug: regionSlugOf(catalog.regions.name), name: `${catalog.regions.name}（本级）`, reports: own });
  for (const child of catalog.regions.children) {
    const reports = ofYear(subtreeReports(child));
    if (reports.length > 0) scopes.push({ slug: child.slugPath[0] as string, name: child.name, reports });
  }
  const unplaced = ofYear(catalog.unplaced.flatMap((b) => b.reports));
  if (unplaced.length > 0) scopes.push({ slug: UNPLACED_SLUG, name: '未登记地区', reports: unplaced });
  return scopes;
}

/** About how many bytes of HTML a listed report takes: its row, and a line for each jump. */
export function flaggedRowBytes(r: CatalogReport): number {
  const f = reportFlags(r);
  return 600 + r.id.length * 2 + f.outliers.reduce((n, c) => n + 40 + c.message.length * 3, 0);
}

/** A region's page is cut at about this many bytes of HTML. */
export const EVALUATION_PAGE_BYTES = 120_000;

export type EvaluationPage =
  { kind: 'index' } | { kind: 'year'; year: number } | { kind: 'region'; year: number; region: RegionScope; page: Page<CatalogReport> };

const collator = new Intl.Collator('zh-CN');

/** The region's flagged reports, by body name. */
export function flaggedReports(region: RegionScope): CatalogReport[] {
  return region.reports
    .filter((r) => isFlagged(reportFlags(r)))
    .sort((a, b) => collator.compare(a.body.name, b.body.name) || a.id.localeCompare(b.id));
}

export function evaluationPages(catalog: Catalog): EvaluationPage[] {
  const out: EvaluationPage[] = [{ kind: 'index' }];
  for (const year of catalog.years) {
    out.push({ kind: 'year', year });
    for (const region of regionScopes(catalog, year)) {
      const flagged = flaggedReports(region);
      if (flagged.length === 0) continue;
      for (const page of paginateByWeight(flagged, flaggedRowBytes, EVALUATION_PAGE_BYTES))
        out.push({ kind: 'region', year, region, page });
    }
  }
  return out;
}

/** The page's address below /quality/: `evaluation/`, `evaluation/2022/`, `evaluation/2022/wuzhong/page-2/`. */
export function evaluationPath(
  page: { kind: 'index' } | { kind: 'year'; year: number } | { kind: 'region'; year: number; slug: string; number?: number },
): string {
  if (page.kind === 'index') return 'evaluation/';
  if (page.kind === 'year') return `evaluation/${page.year}/`;
  return `evaluation/${page.year}/${page.slug}/${pagePath(page.number ?? 1)}`;
}

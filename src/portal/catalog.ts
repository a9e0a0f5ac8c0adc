// Everything the pages show, derived once from the parsed reports and the registry of bodies:
// which body each report belongs to, the years, the region tree. Pure: no Astro here.
import type { Check } from '../parser/index.ts';
import type { ReportEntryData } from '../schema/report.ts';
import type { Body, Level } from '../schema/body.ts';
import { matchKey } from '../registry/bodyName.ts';
import { regionSlugOf, slugOf } from '../registry/slug.ts';
import { crossYearChecks } from './crossYearRules.ts';
import type { DeadlineOverrides } from './evaluation/deadlines.ts';
import { previousYearChecks } from './evaluation/copyChecks.ts';
import { timelinessCheck } from './evaluation/timeliness.ts';
import { folderOf, UNKNOWN_BODY } from './folderBody.ts';

export interface ReportEntry {
  id: string;
  data: ReportEntryData;
  /** What the content store knows the entry by (its file, path and parser); changes whenever its data may. */
  digest?: string;
}

export interface CatalogReport {
  id: string;
  data: ReportEntryData;
  /** The content store's digest of the entry, when it came from the store (see ReportEntry). */
  digest: string | null;
  body: CatalogBody;
  /**
   * Where the body came from: the report itself (its text or front matter); the one registered body
   * whose other reports share the report's folder, when the report names none; or nowhere
   * (the body is unknown, shown as 未知机关).
   */
  bodyFrom: 'report' | 'folder' | 'unknown';
  year: number | null;
  /**
   * Checks against the same body's report of the year before: crossYear.*, and the evaluators'
   * data.repeated and outlier.yearOverYear (evaluation/copyChecks.ts).
   */
  crossYear: Check[];
  /** Checks on the report as a publication: timeliness.deadline (evaluation/timeliness.ts). */
  publication: Check[];
  previous: CatalogReport | null;
  next: CatalogReport | null;
}

export interface CatalogBody {
  slug: string;
  name: string;
  aliases: string[];
  level: Level | null;
  region: string[];
  registered: boolean;
  /** Oldest first. */
  reports: CatalogReport[];
}

export interface RegionNode {
  name: string;
  slugPath: string[];
  path: string[];
  children: RegionNode[];
  /** Bodies whose region ends here. */
  bodies: CatalogBody[];
}

export interface Catalog {
  /** Newest year first, then by body name. */
  reports: CatalogReport[];
  bodies: CatalogBody[];
  /** Newest first. */
  years: number[];
  regions: RegionNode;
  /** Bodies whose report named no body, or one not in the registry without a region. */
  unplaced: CatalogBody[];
}

const collator = new Intl.Collator('zh-CN');

export interface CatalogOptions {
  /** The site settings' deadlines by level (PORTAL_DEADLINES); the statutory ones otherwise. */
  deadlines?: DeadlineOverrides;
  /**
   * false: no crossYear and publication checks (left empty), for a reader that shows none: the search
   * index. They are the catalog's costliest part (the texts compared with last year's).
   */
  checks?: boolean;
  /**
   * The cross-year checks a report got against the same previous report in an earlier build, by both
   * reports' store digests: they depend on the two reports' data alone, and comparing the texts is
   * the costliest part of the catalog. Reports without digests are always checked.
   */
  crossYearMemo?: CrossYearMemo;
}

export interface CrossYearMemo {
  get(previousDigest: string, digest: string): Check[] | undefined;
  set(previousDigest: string, digest: string, checks: Check[]): void;
}

/** A report's checks against the same body's report before it (previousYearChecks included). */
function checksAgainstPrevious(r: CatalogReport, memo: CrossYearMemo | undefined): Check[] {
  const previous = r.previous;
  const check = () => [...crossYearChecks(previous?.data, r.data), ...previousYearChecks(previous?.data, r.data)];
  if (!memo || !previous?.digest || !r.digest) return check();
  const known = memo.get(previous.digest, r.digest);
  if (known) return known;
  const made = check();
  memo.set(previous.digest, r.digest, made);
  return made;
}

export function buildCatalog(entries: ReportEntry[], registry: Body[], rootRegion: string, options: CatalogOptions = {}): Catalog {
  const byName = new Map<string, Body>();
  for (const a of registry) for (const n of [a.name, ...a.aliases]) byName.set(matchKey(n), a);

  const bodies = new Map<string, CatalogBody>();
  const usedSlugs = new Set(registry.map((a) => a.slug));
  const registered = (known: Body): CatalogBody => {
    let a = bodies.get(known.slug);
    if (!a) {
      a = {
        slug: known.slug,
        name: known.name,
        aliases: known.aliases,
        level: known.level,
        region: known.region,
        registered: true,
        reports: [],
      };
      bodies.set(known.slug, a);
    }
    return a;
  };
  const unregistered = (entry: ReportEntry, named: string): CatalogBody => {
    const key = `unregistered:${matchKey(named)}`;
    let a = bodies.get(key);
    if (!a) {
      let slug = slugOf(named);
      for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugOf(named)}-${n}`;
      usedSlugs.add(slug);
      // Not in the registry: the region the file's front matter gives, if any.
      a = { slug, name: named, aliases: [], level: null, region: entry.data.frontMatter?.region ?? [], registered: false, reports: [] };
      bodies.set(key, a);
    }
    return a;
  };
  // The registered bodies of each folder's reports that name one, with their years, for the
  // reports that name none: the folder's only body, if it has no report of that year yet.
  const knownOf = (e: ReportEntry) => (e.data.agency ? byName.get(matchKey(e.data.agency)) : undefined);
  const folderBodies = new Map<string, Map<Body, Set<number | null>>>();
  for (const e of entries) {
    const known = knownOf(e);
    if (!known) continue;
    const folder = folderOf(e.id);
    const mates = folderBodies.get(folder) ?? new Map<Body, Set<number | null>>();
    mates.set(known, (mates.get(known) ?? new Set()).add(e.data.year));
    folderBodies.set(folder, mates);
  }
  const folderBody = (e: ReportEntry): Body | undefined => {
    const mates = folderBodies.get(folderOf(e.id));
    const only = mates?.size === 1 ? [...mates][0] : undefined;
    return only && (e.data.year === null || !only[1].has(e.data.year)) ? only[0] : undefined;
  };

  // A report that names no body is never named after its path: each is a body of its own, 未知机关,
  // numbered in the order of the reports' ids.
  const unknownIds = entries
    .filter((e) => !e.data.agency && !folderBody(e))
    .map((e) => e.id)
    .sort();
  const unknown = (entry: ReportEntry): CatalogBody => {
    let slug = `unknown-${unknownIds.indexOf(entry.id) + 1}`;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `unknown-${unknownIds.indexOf(entry.id) + 1}-${n}`;
    usedSlugs.add(slug);
    const a: CatalogBody = { slug, name: UNKNOWN_BODY, aliases: [], level: null, region: [], registered: false, reports: [] };
    bodies.set(`unknown:${slug}`, a);
    return a;
  };

  const placed = entries.map((e): [ReportEntry, CatalogBody, CatalogReport['bodyFrom']] => {
    const named = e.data.agency;
    const known = knownOf(e);
    if (known) return [e, registered(known), 'report'];
    if (named) return [e, unregistered(e, named), 'report'];
    const only = folderBody(e);
    return only ? [e, registered(only), 'folder'] : [e, unknown(e), 'unknown'];
  });

  const reports: CatalogReport[] = placed.map(([e, body, bodyFrom]) => {
    const r: CatalogReport = {
      id: e.id,
      data: e.data,
      digest: e.digest ?? null,
      body,
      bodyFrom,
      year: e.data.year,
      crossYear: [],
      publication: [],
      previous: null,
      next: null,
    };
    body.reports.push(r);
    return r;
  });

  const bodyList = [...bodies.values()].sort((a, b) => collator.compare(a.name, b.name));
  for (const a of bodyList) {
    a.reports.sort((x, y) => (x.year ?? 0) - (y.year ?? 0) || x.id.localeCompare(y.id));
    a.reports.forEach((r, i) => {
      r.previous = a.reports[i - 1] ?? null;
      r.next = a.reports[i + 1] ?? null;
      if (options.checks === false) return;
      r.crossYear = checksAgainstPrevious(r, options.crossYearMemo);
      r.publication = [timelinessCheck({ year: r.year, publishedOn: r.data.publishedOn, level: a.level }, options.deadlines)];
    });
  }
  reports.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || collator.compare(a.body.name, b.body.name));

  const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);

  const root: RegionNode = { name: rootRegion, slugPath: [], path: [], children: [], bodies: [] };
  const unplaced: CatalogBody[] = [];
  for (const a of bodyList) {
    const path = a.region[0] === rootRegion ? a.region.slice(1) : a.region;
    if (a.region.length === 0) {
      unplaced.push(a);
      continue;
    }
    let node = root;
    for (const name of path) {
      let child = node.children.find((c) => c.name === name);
      if (!child) {
        child = { name, slugPath: [...node.slugPath, regionSlugOf(name)], path: [...node.path, name], children: [], bodies: [] };
        node.children.push(child);
        node.children.sort((x, y) => collator.compare(x.name, y.name));
      }
      node = child;
    }
    node.bodies.push(a);
  }
  return { reports, bodies: bodyList, years, regions: root, unplaced };
}

/** Every region node, depth first. */
export function allRegions(root: RegionNode): RegionNode[] {
  return [root, ...root.children.flatMap(allRegions)];
}

/** The bodies at a region and everywhere below it. */
export function bodiesWithin(node: RegionNode): CatalogBody[] {
  return [...node.bodies, ...node.children.flatMap(bodiesWithin)];
}

/** Each step of a body's region path with the slug path of its region page. */
export function regionTrail(region: string[], rootRegion: string): { name: string; slugPath: string[] }[] {
  const below = region[0] === rootRegion ? region.slice(1) : region;
  const steps = region[0] === rootRegion ? [{ name: rootRegion, slugPath: [] as string[] }] : [];
  below.forEach((name, i) => steps.push({ name, slugPath: below.slice(0, i + 1).map(regionSlugOf) }));
  return steps;
}

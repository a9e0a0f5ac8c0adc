// Registry suggestions: for every body the reports name that the registry does not know, either the
// registered body it is (its names added as aliases) or a new entry, one per real body, each with
// the evidence an operator needs to accept it. Names are brought together only when the names
// themselves allow it (mayNameSameBody) and their reports' years do not overlap; anything less
// certain stays apart, with a note saying why.
import type { Body } from '../schema/body.ts';
import { type BodyName, matchKey, mayNameSameBody, readBodyName } from './bodyName.ts';
import { newEntry } from './newEntry.ts';
import { listYears, namesEvidence, reportsEvidence, yearsOverlap } from './evidence.ts';

/** A report as the suggestions see it: who it names and where its file is. */
export interface NamedReport {
  id: string;
  /** The folder of its file, relative to the reports folder ('' at the top). */
  folder: string;
  year: number | null;
  /** The body as the report (or its front matter) names it. */
  name: string;
  /** The region its front matter gives, if any. */
  region?: string[];
}

export interface NewBodySuggestion {
  kind: 'new';
  body: Body;
  /** What supports the entry, one line each (Chinese). */
  evidence: string[];
  /** Fields the names and folders do not settle: the operator must confirm them. */
  unsure: ('level' | 'region')[];
  /** The aliases no report uses: the usual other ways of writing the name (see governmentVariants). */
  variants: string[];
}

export interface AliasSuggestion {
  kind: 'aliases';
  /** The registered body. */
  slug: string;
  name: string;
  aliases: string[];
  evidence: string[];
}

export type Suggestion = NewBodySuggestion | AliasSuggestion;

/** The reports that name a body one way (up to brackets and spaces, as the catalog matches names). */
export interface NameGroup {
  names: string[];
  read: BodyName;
  reports: NamedReport[];
}

export interface SuggestOptions {
  /** The top of the portal's region tree: the region of a body nothing else places. */
  rootRegion: string;
}

function nameGroups(reports: NamedReport[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  for (const r of reports) {
    const key = matchKey(r.name);
    let g = groups.get(key);
    if (!g) {
      g = { names: [], read: readBodyName(r.name), reports: [] };
      groups.set(key, g);
    }
    if (!g.names.includes(r.name)) g.names.push(r.name);
    g.reports.push(r);
  }
  return [...groups.values()];
}

/**
 * The groups linked by mayNameSameBody, directly or through others (kept whole only when every pair
 * is linked: see allPairs). Names can be linked only when they end in the same place, so only
 * those are compared.
 */
function components(groups: NameGroup[]): NameGroup[][] {
  const byPlace = new Map<string, NameGroup[]>();
  for (const g of groups) {
    const key = g.read.places.at(-1) ?? `\u0000${g.read.key}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), g]);
  }
  const out: NameGroup[][] = [];
  for (const bucket of byPlace.values()) {
    const seen = new Set<NameGroup>();
    for (const g of bucket) {
      if (seen.has(g)) continue;
      const part = [g];
      seen.add(g);
      for (let i = 0; i < part.length; i++)
        for (const h of bucket)
          if (!seen.has(h) && mayNameSameBody((part[i] as NameGroup).read, h.read)) {
            seen.add(h);
            part.push(h);
          }
      out.push(part);
    }
  }
  return out;
}

const allPairs = (part: NameGroup[]) => part.every((a, i) => part.slice(i + 1).every((b) => mayNameSameBody(a.read, b.read)));

export function suggestEntries(reports: NamedReport[], registry: Body[], { rootRegion }: SuggestOptions): Suggestion[] {
  const registered = new Map<string, Body>();
  for (const b of registry) for (const n of [b.name, ...b.aliases]) registered.set(matchKey(n), b);
  const registeredReports = new Map<Body, NamedReport[]>();
  const unregistered: NamedReport[] = [];
  for (const r of reports) {
    const b = registered.get(matchKey(r.name));
    if (b) registeredReports.set(b, [...(registeredReports.get(b) ?? []), r]);
    else unregistered.push(r);
  }
  const readRegistered = registry.map((b) => ({ body: b, names: [b.name, ...b.aliases].map(readBodyName) }));
  const usedSlugs = new Set(registry.map((b) => b.slug));
  /** The name groups suggested as aliases of each registered body so far. */
  const joined = new Map<Body, NameGroup[]>();

  const out: Suggestion[] = [];
  const alone = (g: NameGroup, why: string[]) => out.push(newEntry([g], why, reports, registry, usedSlugs, rootRegion));

  for (const part of components(nameGroups(unregistered))) {
    const reportsOf = part.flatMap((g) => g.reports);
    const candidates = readRegistered.filter(({ names }) => part.every((g) => names.some((n) => mayNameSameBody(n, g.read))));
    if (part.length > 1 && !allPairs(part)) {
      for (const g of part)
        alone(g, [
          `与${part
            .filter((h) => h !== g)
            .map((h) => `「${h.names[0]}」`)
            .join('、')}可能为同一机关，但这些名称彼此不能都对应同一机关，未合并`,
        ]);
      continue;
    }
    const overlap = yearsOverlap(part.map((g) => g.reports));
    if (overlap.length > 0) {
      for (const g of part)
        alone(g, [
          `与${part
            .filter((h) => h !== g)
            .map((h) => `「${h.names[0]}」`)
            .join('、')}在 ${overlap.join('、')} 年度都有报告，不是同一机关，未合并`,
        ]);
      continue;
    }
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) {
      const theirs = registeredReports.get(only.body) ?? [];
      const clash = yearsOverlap([theirs, reportsOf]);
      // Names already added to this body must fit these too: 淮安市洪泽区 and another city's 洪泽区 never share one.
      const earlier = joined.get(only.body) ?? [];
      const fits = earlier.every((e) => part.every((g) => mayNameSameBody(e.read, g.read)));
      if (clash.length === 0 && fits) {
        registeredReports.set(only.body, [...theirs, ...reportsOf]);
        joined.set(only.body, [...earlier, ...part]);
        const aliases = [...new Set(part.flatMap((g) => g.names))].filter((n) => !only.body.aliases.includes(n) && n !== only.body.name);
        out.push({
          kind: 'aliases',
          slug: only.body.slug,
          name: only.body.name,
          aliases,
          evidence: [
            ...reportsEvidence(part),
            ...namesEvidence([only.body.name, ...part.map((g) => g.names[0] as string)]),
            `年度不重叠：已登记的「${only.body.name}」${listYears(theirs)}；新名称 ${listYears(reportsOf)}`,
          ],
        });
        continue;
      }
      const why =
        clash.length > 0
          ? `与已登记的「${only.body.name}」名称相符，但两者在 ${clash.join('、')} 年度都有报告，未合并`
          : `与已登记的「${only.body.name}」名称相符，但与已建议列为其别名的${earlier.map((e) => `「${e.names[0]}」`).join('、')}不能是同一机关，未合并`;
      out.push(newEntry(part, [why], reports, registry, usedSlugs, rootRegion));
      continue;
    }
    const why =
      candidates.length > 1
        ? [`可能与已登记的${candidates.map((c) => `「${c.body.name}」`).join('、')}之一为同一机关，无法确定，未合并`]
        : [];
    out.push(newEntry(part, why, reports, registry, usedSlugs, rootRegion));
  }
  return withoutClashingVariants(out, reports, registered);
}

/**
 * Drops the name variants a suggestion made up (no report uses them) that another body registered
 * or suggested also has: 洪泽区 for two cities' 洪泽区 would match either.
 */
function withoutClashingVariants(suggestions: Suggestion[], reports: NamedReport[], registered: Map<string, Body>): Suggestion[] {
  const used = new Set(reports.map((r) => matchKey(r.name)));
  const count = new Map<string, number>();
  for (const s of suggestions)
    if (s.kind === 'new')
      for (const key of new Set([s.body.name, ...s.body.aliases].map(matchKey))) count.set(key, (count.get(key) ?? 0) + 1);
  const clashes = (name: string) => used.has(matchKey(name)) || (count.get(matchKey(name)) ?? 0) > 1 || registered.has(matchKey(name));
  return suggestions.map((s) => {
    if (s.kind !== 'new') return s;
    const dropped = new Set(s.variants.filter(clashes));
    return {
      ...s,
      body: { ...s.body, aliases: s.body.aliases.filter((a) => !dropped.has(a)) },
      variants: s.variants.filter((v) => !dropped.has(v)),
    };
  });
}

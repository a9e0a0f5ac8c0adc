// /data/peers-<year>.json: a year's peer figures, small enough for the compare page to fetch beside
// the reports it shows (their own JSON files stay as they are). Per level and rate the count and
// quartiles; per ranked report its level and its rank for each rate it has. Pure.
import type { Level } from '../schema/body.ts';
import type { Quartiles } from './peerStats.ts';
import { type PeerReport, type Peers, peersOf } from './peers.ts';
import type { RateKey } from './rates.ts';

export interface PeerGroupJson {
  count: number;
  /** Null below 4 bodies. */
  quartiles: Quartiles | null;
}

export interface PeersYearJson {
  year: number;
  /** How the figures are made, for a reader of the file. */
  method: string;
  groups: Partial<Record<Level, Partial<Record<RateKey, PeerGroupJson>>>>;
  /** By report id: its level and its rank (1 = highest) for each rate it is ranked by. */
  reports: Record<string, { level: Level; ranks: Partial<Record<RateKey, number>> }>;
}

export const PEERS_METHOD =
  '同一年度、同一层级、有该比率的机关之间比较（分母小于 5 的不计算比率，也不参与排名）；排名：比率最高为第 1 名，比率相同名次相同；' +
  '四分位数：线性插值（R、NumPy 默认，Excel QUARTILE.INC），少于 4 个机关时不给出。';

/** The years with peer figures, newest first. */
export function peerYears(peers: Peers): number[] {
  return [...new Set(peers.groups.map((g) => g.year))];
}

export function peersYearJson(peers: Peers, year: number): PeersYearJson {
  const out: PeersYearJson = { year, method: PEERS_METHOD, groups: {}, reports: {} };
  for (const g of peers.groups) {
    if (g.year !== year) continue;
    (out.groups[g.level] ??= {})[g.rate] = { count: g.count, quartiles: g.quartiles };
  }
  for (const [id, r] of peers.byReport) {
    if (r.year !== year) continue;
    const ranked = Object.entries(r.positions).map(([rate, p]) => [rate, p.rank] as const);
    if (ranked.length > 0) out.reports[id] = { level: r.level, ranks: Object.fromEntries(ranked) };
  }
  return out;
}

/**
 * The per-year files: one for every year of the site (the catalog's years), a year where no body has a
 * rate too (empty): the compare page asks for the year of every report it shows.
 */
export function peersYearFiles(site: { reports: readonly PeerReport[]; years: readonly number[] }): PeersYearJson[] {
  const peers = peersOf(site.reports);
  return site.years.map((year) => peersYearJson(peers, year));
}

// Where a body stands among its peers: for each key rate, per year and level, the quartiles among the
// bodies of that level and year that have the rate, and each body's rank. Computed once per build
// from the catalog (peersOf), in one pass over the reports and one sort per group.
//
// Which rate: the report's rates as the compare view shows them (reportRates in rates.ts): 实质公开率
// from the harmonised series, so a legacy 统计表 counts too; the two 纠错率 from table 4. No rate on a
// denominator under MIN_DENOMINATOR, and a body without one is not ranked (never counted as 0).
//
// Who is a peer: a body of the registry (its level is known) with a report of that year. A body with
// two reports of one year is ranked by the first (by id); the other is not ranked, so no body counts twice.
import type { Level } from '../schema/body.ts';
import { LEVELS } from '../schema/body.ts';
import type { SeriesInput } from '../portal/series/reportSeries.ts';
import { type Quartiles, quartilesOfSorted, ranks } from './peerStats.ts';
import { RATE_KEYS, type Rate, type RateKey, reportRates } from './rates.ts';

/** What of a catalogued report the peers are made from (a CatalogReport fits). */
export interface PeerReport {
  id: string;
  year: number | null;
  body: { slug: string; level: Level | null };
  data: SeriesInput;
}

export interface PeerGroup {
  year: number;
  level: Level;
  rate: RateKey;
  /** Bodies of the level and year with the rate. */
  count: number;
  /** Null below MIN_PEERS_FOR_QUARTILES bodies. */
  quartiles: Quartiles | null;
}

export interface PeerPosition {
  value: number;
  /** 1 = highest; equal values share a rank. */
  rank: number;
  group: PeerGroup;
}

export interface ReportPeers {
  year: number;
  level: Level;
  rates: Record<RateKey, Rate>;
  /** The rates the report is ranked by (those computed). */
  positions: Partial<Record<RateKey, PeerPosition>>;
}

export interface Peers {
  /** Newest year first, then by level (LEVELS order) and rate (RATE_KEYS order). */
  groups: PeerGroup[];
  /** The ranked reports by id (one per body and year). */
  byReport: Map<string, ReportPeers>;
}

const groupKey = (year: number, level: Level, rate: RateKey) => `${year}|${level}|${rate}`;
const groupIndex = new WeakMap<Peers, Map<string, PeerGroup>>();

/** The group of a level, year and rate; undefined when no body of them has the rate. */
export function peerGroup(peers: Peers, year: number, level: Level, rate: RateKey): PeerGroup | undefined {
  let index = groupIndex.get(peers);
  if (!index) groupIndex.set(peers, (index = new Map(peers.groups.map((g) => [groupKey(g.year, g.level, g.rate), g]))));
  return index.get(groupKey(year, level, rate));
}

export function computePeers(reports: readonly PeerReport[]): Peers {
  const byReport = new Map<string, ReportPeers>();
  const seen = new Set<string>();
  const members = new Map<string, { year: number; level: Level; rate: RateKey; ids: string[]; values: number[] }>();
  const ordered = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of ordered) {
    const { year } = r;
    const { level, slug } = r.body;
    if (year === null || level === null || seen.has(`${slug}|${year}`)) continue;
    seen.add(`${slug}|${year}`);
    const rates = reportRates(r.data);
    byReport.set(r.id, { year, level, rates, positions: {} });
    for (const rate of RATE_KEYS) {
      const value = rates[rate].value;
      if (value === null) continue;
      const key = groupKey(year, level, rate);
      let group = members.get(key);
      if (!group) members.set(key, (group = { year, level, rate, ids: [], values: [] }));
      group.ids.push(r.id);
      group.values.push(value);
    }
  }
  const groups: PeerGroup[] = [];
  for (const m of members.values()) {
    const group: PeerGroup = {
      year: m.year,
      level: m.level,
      rate: m.rate,
      count: m.values.length,
      quartiles: quartilesOfSorted([...m.values].sort((a, b) => a - b)),
    };
    groups.push(group);
    ranks(m.values).forEach((rank, i) => {
      byReport.get(m.ids[i]!)!.positions[m.rate] = { value: m.values[i]!, rank, group };
    });
  }
  groups.sort(
    (a, b) => b.year - a.year || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || RATE_KEYS.indexOf(a.rate) - RATE_KEYS.indexOf(b.rate),
  );
  return { groups, byReport };
}

const made = new WeakMap<readonly PeerReport[], Peers>();

/** The peers of a catalog's reports, computed once per list of reports. */
export function peersOf(reports: readonly PeerReport[]): Peers {
  let peers = made.get(reports);
  if (!peers) made.set(reports, (peers = computePeers(reports)));
  return peers;
}

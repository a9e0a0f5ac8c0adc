// The compare view's peer figures: beside a report's rate, its rank among the bodies of its level and
// year and their quartiles, read from that year's /data/peers-<year>.json (peersJson.ts). Pure.
import { LEVEL_LABELS } from '../schema/levels.ts';
import type { PeersYearJson } from './peersJson.ts';
import { type RateKey, percentText } from './rates.ts';

/** The year files the view has, by year; a year without one (or whose file failed) is absent. */
export type PeersByYear = ReadonlyMap<number, PeersYearJson>;

/** “县级第 2 名 / 共 4 个；四分位数 40.0% · 50.0% · 60.0%”, or null when the report is not ranked by the rate. */
export function peerNote(peers: PeersByYear, report: { id: string; year: number | null }, rate: RateKey): string | null {
  const doc = report.year === null ? undefined : peers.get(report.year);
  const entry = doc?.reports[report.id];
  const rank = entry?.ranks[rate];
  const group = entry && doc?.groups[entry.level]?.[rate];
  if (!entry || rank === undefined || !group) return null;
  const place = `${LEVEL_LABELS[entry.level]}第 ${rank} 名 / 共 ${group.count} 个`;
  const q = group.quartiles;
  return q
    ? `${place}；四分位数 ${percentText(q.q1)} · ${percentText(q.median)} · ${percentText(q.q3)}`
    : `${place}；同级不足 4 个，无四分位数`;
}

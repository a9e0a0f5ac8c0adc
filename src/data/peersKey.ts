// What of the peer figures a body's page shows, as a cache-key part: for each of its ranked reports,
// its level and, per rate, its rank and its level-year group's count and quartiles. Another body's
// report changes a page only when it changes these.
import type { CatalogBody } from '../portal/catalog.ts';
import { type PeerReport, peersOf } from './peers.ts';

export function bodyPeersKeyPart(body: CatalogBody, reports: readonly PeerReport[]): unknown[] {
  const peers = peersOf(reports);
  return body.reports.map((r) => {
    const p = peers.byReport.get(r.id);
    if (!p) return null;
    return [p.level, Object.entries(p.positions).map(([rate, pos]) => [rate, pos.rank, pos.group.count, pos.group.quartiles])];
  });
}

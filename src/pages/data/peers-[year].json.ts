// /data/peers-<year>.json: one year's peer figures (src/data/peersJson.ts), fetched by the compare
// page for the years it shows. Its cache key is the file's content: it changes with any report of the
// year or any body's level, and with nothing else.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { peersOf } from '../../data/peers.ts';
import { type PeersYearJson, peerYears, peersYearJson } from '../../data/peersJson.ts';
import { jsonResponse } from '../../data/responses.ts';
import { settingsKeyOf } from '../../portal/cacheKeys.ts';

export async function getStaticPaths() {
  const peers = peersOf((await getCatalog()).reports);
  return peerYears(peers).map((year) => {
    const doc = peersYearJson(peers, year);
    return { params: { year: String(year) }, props: { doc }, cacheKey: settingsKeyOf(doc) };
  });
}

export const GET: APIRoute = ({ props }) => jsonResponse((props as { doc: PeersYearJson }).doc);

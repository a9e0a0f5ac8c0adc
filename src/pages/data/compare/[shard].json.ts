// /data/compare/<n>.json: tables 3 and 4 of the reports whose id hashes to shard n (see
// compareShards.ts), with their labels; the compare page fetches only the shards of the reports it
// shows. No build time inside: a shard changes only when one of its reports does.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';
import { compareShard, compareShardReports } from '../../../data/compareData.ts';
import { jsonResponse } from '../../../data/responses.ts';

export const getStaticPaths = (async () => {
  const shards = compareShardReports((await getCatalog()).reports);
  return shards.map((_, n) => ({ params: { shard: String(n) }, props: { n } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => jsonResponse(compareShard(compareShardReports((await getCatalog()).reports)[(props as { n: number }).n] ?? []));

// Search records in shards of 200 reports, read by the search-index integration after the build.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { searchRecord } from '../../search/records.ts';

const SHARD = 200;

export async function getStaticPaths() {
  const catalog = await getCatalog();
  const count = Math.max(1, Math.ceil(catalog.reports.length / SHARD));
  return Array.from({ length: count }, (_, i) => ({ params: { shard: String(i).padStart(4, '0') }, props: { index: i } }));
}

export const GET: APIRoute = async ({ props }) => {
  const catalog = await getCatalog();
  const i = (props as { index: number }).index;
  const records = catalog.reports.slice(i * SHARD, (i + 1) * SHARD).map(searchRecord);
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};

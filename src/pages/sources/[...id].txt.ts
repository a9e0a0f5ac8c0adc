// The original report files, byte for byte, next to the pages that show them.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { sourceKeyOf } from '../../portal/cacheKeys.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.reports.map((r) => ({ params: { id: r.id }, props: { path: r.data.source.path }, cacheKey: sourceKeyOf(r) }));
}

export const GET: APIRoute = ({ props }) => {
  const bytes = readFileSync((props as { path: string }).path);
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

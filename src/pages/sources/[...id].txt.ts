// The text of each report next to the page that shows it: a .txt byte for byte, or the text its
// web page, Word file or PDF was converted to (the original itself is at [...original].ts).
import type { APIRoute } from 'astro';
import { reportTextOf } from '../../files/reportText.ts';
import { getCatalog } from '../../lib/getCatalog.ts';
import { sourceKeyOf } from '../../portal/cacheKeys.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.reports.map((r) => ({ params: { id: r.id }, props: { path: r.data.source.path }, cacheKey: sourceKeyOf(r) }));
}

export const GET: APIRoute = async ({ props }) => {
  const text = await reportTextOf((props as { path: string }).path);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

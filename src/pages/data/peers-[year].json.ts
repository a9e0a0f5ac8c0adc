// /data/peers-<year>.json: one year's peer figures (src/data/peersJson.ts), fetched by the compare
// page for the years it shows; every year of the site has one, empty where no body has a rate. Its
// cache key is the file's content: it changes with any report of the year or any body's level, and
// with nothing else.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { type PeersYearJson, peersYearFiles } from '../../data/peersJson.ts';
import { jsonResponse } from '../../data/responses.ts';
import { settingsKeyOf } from '../../portal/cacheKeys.ts';

export async function getStaticPaths() {
  return peersYearFiles(await getCatalog()).map((doc) => ({
    params: { year: String(doc.year) },
    props: { doc },
    cacheKey: settingsKeyOf(doc),
  }));
}

export const GET: APIRoute = ({ props }) => jsonResponse((props as { doc: PeersYearJson }).doc);

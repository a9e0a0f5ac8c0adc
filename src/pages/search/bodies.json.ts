// /search/bodies.json: every body with a page, for the header search box's suggestions
// (src/search/bodyIndex.ts has the format; the box loads it when first used).
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { href } from '../../lib/href.ts';
import { urls } from '../../portal/urls.ts';
import { buildBodyIndex } from '../../search/bodyIndex.ts';
import { jsonResponse } from '../../data/responses.ts';
import { LEVEL_LABELS } from '../../schema/body.ts';

export const GET: APIRoute = async () => {
  // A body's page address around its slug, under the site's base path: /nianbao/agencies/ + slug + /.
  const [prefix = '', suffix = ''] = href(urls.body('\u0000')).split('\u0000');
  const bodies = (await getCatalog()).bodies.map((b) => ({ ...b, level: b.level ? LEVEL_LABELS[b.level] : null }));
  return jsonResponse(buildBodyIndex(bodies, [prefix, suffix]));
};

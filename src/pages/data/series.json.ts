// /data/series.json: the harmonised series (its mapping once, then each report's values with their
// sources), in pieces of one report each.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { provenance } from '../../data/buildInfo.ts';
import { seriesJsonChunks } from '../../data/seriesJson.ts';
import { JSON_TYPE, streamResponse } from '../../data/responses.ts';

export const GET: APIRoute = async () => streamResponse(seriesJsonChunks((await getCatalog()).reports, provenance), JSON_TYPE);

// /data/compare.json: the compare page's name index (every body and its reports), fetched when the
// reader searches for a body. The tables themselves are read from /data/reports/<id>.json.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { provenance } from '../../data/buildInfo.ts';
import { compareIndex } from '../../data/compareData.ts';
import { jsonResponse } from '../../data/responses.ts';

export const GET: APIRoute = async () => jsonResponse(compareIndex((await getCatalog()).reports, provenance));

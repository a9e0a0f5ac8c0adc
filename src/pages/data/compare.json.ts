// /data/compare.json: the compact data the compare page loads (tables 3 and 4 and their labels).
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { provenance } from '../../data/buildInfo.ts';
import { compareData } from '../../data/compareData.ts';
import { jsonResponse } from '../../data/responses.ts';

export const GET: APIRoute = async () => jsonResponse(compareData((await getCatalog()).reports, provenance));

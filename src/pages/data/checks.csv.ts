// /data/checks.csv: every rule result of every report, the catalog's crossYear checks included.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { CSV_TYPE, streamResponse } from '../../data/responses.ts';
import { checksCsvChunks } from '../../data/tidyCsv.ts';

export const GET: APIRoute = async () => streamResponse(checksCsvChunks((await getCatalog()).reports), CSV_TYPE);

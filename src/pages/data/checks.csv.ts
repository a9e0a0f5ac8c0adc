// /data/checks.csv: every rule result of every report, the catalog's crossYear checks included.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { csvResponse } from '../../data/responses.ts';
import { checksCsv } from '../../data/tidyCsv.ts';

export const GET: APIRoute = async () => csvResponse(checksCsv((await getCatalog()).reports));

// /data/provenance.json: nianbao version, build time, and every source file with its SHA-256.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { provenance } from '../../data/buildInfo.ts';
import { provenanceManifest } from '../../data/provenanceManifest.ts';
import { jsonResponse } from '../../data/responses.ts';

export const GET: APIRoute = async () => jsonResponse(provenanceManifest((await getCatalog()).reports, provenance), true);

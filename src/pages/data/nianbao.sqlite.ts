// /data/nianbao.sqlite: every report, table cell and check in one SQLite database (see
// src/data/database/schema.ts). No build time inside, so the same reports give the same file.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { provenance } from '../../data/buildInfo.ts';
import { buildDatabase } from '../../data/database/buildDatabase.ts';

const SQLITE_TYPE = 'application/vnd.sqlite3';

export const GET: APIRoute = async () => {
  const bytes = buildDatabase((await getCatalog()).reports, { nianbaoVersion: provenance.nianbaoVersion });
  return new Response(bytes, { headers: { 'Content-Type': SQLITE_TYPE } });
};

// /data/nianbao.sqlite: every report, table cell and check in one SQLite database (see
// src/data/database/schema.ts). No build time inside, so the same reports give the same file: its
// cache key is every report as its page shows it (data, body, neighbours) and nianbao's version, and a
// build in which none of them changed copies the file instead of building the database again.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { SITE_KEY } from '../../lib/siteKey.ts';
import { provenance } from '../../data/buildInfo.ts';
import { buildDatabase } from '../../data/database/buildDatabase.ts';
import { reportsKeyOf } from '../../portal/cacheKeys.ts';

const SQLITE_TYPE = 'application/vnd.sqlite3';

export async function getStaticPaths() {
  const { reports } = await getCatalog();
  return [{ params: { database: 'nianbao' }, cacheKey: reportsKeyOf(reports, SITE_KEY, provenance.nianbaoVersion) }];
}

export const GET: APIRoute = async () => {
  const bytes = buildDatabase((await getCatalog()).reports, { nianbaoVersion: provenance.nianbaoVersion });
  return new Response(bytes, { headers: { 'Content-Type': SQLITE_TYPE } });
};

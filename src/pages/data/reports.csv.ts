// /data/reports.csv: one row per report with its source file and SHA-256 (provenance stated once).
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { siteRootOf } from '../../data/dataUrls.ts';
import { reportsCsvChunks } from '../../data/reportsCsv.ts';
import { CSV_TYPE, streamResponse } from '../../data/responses.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () =>
  streamResponse(reportsCsvChunks((await getCatalog()).reports, siteRootOf(siteConfig.siteUrl, siteConfig.basePath)), CSV_TYPE);

// The originals of converted reports (web page, Word file, PDF), byte for byte: the source of record,
// whose SHA-256 the report's page shows. A web page is served as text (see urls.original).
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { sourceKeyOf } from '../../portal/cacheKeys.ts';
import { urls } from '../../portal/urls.ts';

const CONTENT_TYPES = {
  html: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.reports.flatMap((r) => {
    const { format, path } = r.data.source;
    if (format === undefined) return [];
    const original = urls.original(r.id, format).slice('sources/'.length);
    return [{ params: { original }, props: { path, contentType: CONTENT_TYPES[format] }, cacheKey: sourceKeyOf(r) }];
  });
}

export const GET: APIRoute = ({ props }) => {
  const { path, contentType } = props as { path: string; contentType: string };
  return new Response(readFileSync(path), { headers: { 'Content-Type': contentType } });
};

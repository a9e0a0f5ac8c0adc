// /data/<table>.csv: one tidy CSV per table (表二、表三、表四、旧版统计表), one row per cell.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import type { TableName } from '../../parser/types.ts';
import { TABLE_CSV_FILES } from '../../data/dataUrls.ts';
import { CSV_TYPE, streamResponse } from '../../data/responses.ts';
import { tidyCsvChunks } from '../../data/tidyCsv.ts';

export function getStaticPaths() {
  return Object.entries(TABLE_CSV_FILES).map(([table, file]) => ({ params: { table: file.replace(/\.csv$/, '') }, props: { table } }));
}

export const GET: APIRoute = async ({ props }) => {
  const catalog = await getCatalog();
  return streamResponse(tidyCsvChunks(catalog.reports, (props as { table: TableName }).table), CSV_TYPE);
};

// series.json: the harmonised series as JSON — the measures with their sources in each format (the
// mapping, stated once), then per report its values, each with its source: `{ format, table, row,
// column }` or, from a legacy 统计表, `{ format: "legacy", indicator, line }`. A measure the report's
// format lacks is left out; an unknown value is null, never 0. Written in pieces of one report each.
import { seriesOfReport } from '../portal/figures.ts';
import { MEASURES } from '../portal/series/measures.ts';
import type { SeriesValue } from '../portal/series/reportSeries.ts';
import type { DataReport, Provenance } from './types.ts';

export interface SeriesReport {
  id: string;
  body: string;
  year: number | null;
  format: string;
  values: Record<string, SeriesValue>;
}

/** The mapping: each measure's label, its table cells in the 2019 and 2021 formats, its legacy wordings. */
export function seriesMeasures() {
  return MEASURES.map((m) => ({
    key: m.key,
    label: m.label,
    table: { table: m.table.table, row: m.table.row, rows: m.table.rows, column: m.table.column },
    legacyWordings: m.legacy,
  }));
}

export function seriesReport(report: DataReport): SeriesReport {
  const series = seriesOfReport(report.data);
  const values: Record<string, SeriesValue> = {};
  for (const m of MEASURES) if (series[m.key].source !== null) values[m.key] = series[m.key];
  return { id: report.id, body: report.body.name, year: report.data.year, format: report.data.format, values };
}

export function* seriesJsonChunks(reports: readonly DataReport[], provenance: Provenance): Generator<string> {
  yield `{"provenance":${JSON.stringify(provenance)},"measures":${JSON.stringify(seriesMeasures())},"reports":[`;
  for (const [i, r] of reports.entries()) yield `${i > 0 ? ',' : ''}${JSON.stringify(seriesReport(r))}`;
  yield ']}\n';
}

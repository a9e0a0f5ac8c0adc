// series.json: the harmonised series as JSON — the measures with their sources in each format (the
// mapping, stated once), then per report its values. A 2019 or 2021 value's cells are the mapping's;
// a legacy value's indicator as written and its line are given with the report, in `indicators`. A
// measure the report's format lacks is left out; an unknown value is null, never 0. Written in
// pieces of one report each.
import { seriesOfReport } from '../portal/figures.ts';
import { MEASURES } from '../portal/series/measures.ts';
import type { Cell } from '../parser/index.ts';
import type { DataReport, Provenance } from './types.ts';

export interface SeriesReport {
  id: string;
  body: string;
  year: number | null;
  format: string;
  /** Each measure the report's format has, null when the report does not tell. */
  values: Record<string, Cell>;
  /** A legacy report's source of each value: the 统计表's indicator as written, and its line. */
  indicators?: Record<string, { indicator: string; line: number }>;
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
  const values: Record<string, Cell> = {};
  const indicators: Record<string, { indicator: string; line: number }> = {};
  for (const m of MEASURES) {
    const { value, source } = series[m.key];
    if (source === null) continue;
    values[m.key] = value;
    if (source.format === 'legacy') indicators[m.key] = { indicator: source.indicator, line: source.line };
  }
  const legacy = Object.keys(indicators).length > 0 ? { indicators } : {};
  return { id: report.id, body: report.body.name, year: report.data.year, format: report.data.format, values, ...legacy };
}

export function* seriesJsonChunks(reports: readonly DataReport[], provenance: Provenance): Generator<string> {
  yield `{"provenance":${JSON.stringify(provenance)},"measures":${JSON.stringify(seriesMeasures())},"reports":[`;
  for (const [i, r] of reports.entries()) yield `${i > 0 ? ',' : ''}${JSON.stringify(seriesReport(r))}`;
  yield ']}\n';
}

// series.csv: the harmonised series (src/portal/series/measures.ts), one row per report and measure
// its format has, with where the value came from — `applications/received/total` (table, row, column)
// or the legacy 统计表's indicator as written (with its line). A measure the format lacks has no row;
// an unknown value is an empty field, never 0. Cut into numbered parts (series-part1.csv, …) only
// when the whole would pass Excel's rows or the hosts' file size, like the per-year files.
import { MEASURES } from '../portal/series/measures.ts';
import { seriesOfReport } from '../portal/figures.ts';
import { sourceText } from '../portal/series/reportSeries.ts';
import { BOM, type CsvValue, csvChunks, csvLine } from './csv.ts';
import { EXCEL_MAX_DATA_ROWS, MAX_FILE_BYTES, type PartLimits, splitIntoParts } from './rowLimit.ts';
import { ROW_REPORT_COLUMNS } from './tableCsv.ts';
import type { DataReport } from './types.ts';

export const SERIES_HEADER = [...ROW_REPORT_COLUMNS, 'measure', 'measure_label', 'value', 'source', 'source_line'] as const;

export const SERIES_FILE_NAME = 'series';

export function seriesRecords(report: DataReport): CsvValue[][] {
  const series = seriesOfReport(report.data);
  const records: CsvValue[][] = [];
  for (const m of MEASURES) {
    const { value, source } = series[m.key];
    if (source === null) continue;
    const line = source.format === 'legacy' ? source.line : null;
    records.push([report.id, report.body.name, report.data.year, report.data.format, m.key, m.label, value, sourceText(source), line]);
  }
  return records;
}

export interface SeriesFile {
  /** `series`, or `series-part2` when cut. */
  name: string;
  rows: number;
  /** Rows [from, to) of each report's records. */
  slices: { report: DataReport; from: number; to: number }[];
}

export function seriesLimits(): PartLimits {
  return { rows: EXCEL_MAX_DATA_ROWS, bytes: MAX_FILE_BYTES - Buffer.byteLength(`${BOM}${csvLine(SERIES_HEADER)}\r\n`, 'utf8') };
}

const made = new WeakMap<readonly DataReport[], SeriesFile[]>();

/** The series' files: one while it fits, else numbered parts; none without a row. */
export function seriesFiles(reports: readonly DataReport[], limits?: PartLimits): SeriesFile[] {
  const known = limits === undefined ? made.get(reports) : undefined;
  if (known) return known;
  const sizes = reports.map((r) => {
    const records = seriesRecords(r);
    return { rows: records.length, bytes: records.reduce((n, x) => n + Buffer.byteLength(csvLine(x), 'utf8') + 2, 0) };
  });
  const parts = splitIntoParts(sizes, limits ?? seriesLimits());
  const files = parts.map((slices, i) => ({
    name: parts.length > 1 ? `${SERIES_FILE_NAME}-part${i + 1}` : SERIES_FILE_NAME,
    rows: slices.reduce((n, s) => n + s.to - s.from, 0),
    slices: slices.map((s) => ({ report: reports[s.group]!, from: s.from, to: s.to })),
  }));
  if (limits === undefined) made.set(reports, files);
  return files;
}

export function seriesCsvChunks(file: SeriesFile): Generator<string> {
  return csvChunks(
    SERIES_HEADER,
    (function* () {
      for (const s of file.slices) yield seriesRecords(s.report).slice(s.from, s.to);
    })(),
  );
}

export function seriesCsv(file: SeriesFile): string {
  return [...seriesCsvChunks(file)].join('');
}

// The bulk CSVs, one per table (and one of rule results) per year, plus one per table of the reports
// whose year is unknown; a file over Excel's row limit or the hosts' file size is cut into numbered
// parts. The per-year routes
// take their paths from bulkFiles; reportsOfYear says which reports a year's files are made of (so a
// cache key can be made from them).
import type { TableName } from '../parser/index.ts';
import { checkRecords, checkRowCount, CHECKS_HEADER } from './checksCsv.ts';
import { BOM, type CsvValue, csvChunks, csvLine } from './csv.ts';
import { EXCEL_MAX_DATA_ROWS, type GroupSize, MAX_FILE_BYTES, type PartLimits, splitIntoParts } from './rowLimit.ts';
import { TABLE_HEADERS, tableRecords, tableRowCount } from './tableCsv.ts';
import type { DataReport } from './types.ts';

export type BulkKind = TableName | 'checks';

/** In the order the data page lists them; the value is the start of the file's name. */
export const BULK_KINDS: Record<BulkKind, string> = {
  applications: 'applications',
  proactive: 'proactive',
  reviewLitigation: 'review-litigation',
  legacyStatistics: 'legacy-statistics',
  checks: 'checks',
};

/** A report's year; null when unknown. */
export type ReportYear = number | null;

export const UNKNOWN_YEAR_SLUG = 'unknown-year';

export function yearSlug(year: ReportYear): string {
  return year === null ? UNKNOWN_YEAR_SLUG : String(year);
}

/** The years of the reports, newest first, unknown last. */
export function yearsOf(reports: readonly DataReport[]): ReportYear[] {
  const years = [...new Set(reports.map((r) => r.data.year))];
  return years.sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
}

/** The reports of one year (null: of unknown year), in catalog order: what that year's files hold. */
export function reportsOfYear<R extends DataReport>(reports: readonly R[], year: ReportYear): R[] {
  return reports.filter((r) => r.data.year === year);
}

export interface BulkFile {
  kind: BulkKind;
  year: ReportYear;
  /** 1-based; null when the year's rows fit one file. */
  part: number | null;
  /** File name without `.csv`, e.g. `applications-2023` or `checks-2023-part2`. */
  name: string;
  rows: number;
  /** The rows it holds: rows [from, to) of each report's records. */
  slices: { report: DataReport; from: number; to: number }[];
}

function rowCount(report: DataReport, kind: BulkKind): number {
  return kind === 'checks' ? checkRowCount(report) : tableRowCount(report, kind);
}

/** UTF-8 bytes of a text, counted without encoding it (every report's rows are measured each build). */
const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A report's rows and their bytes as written (a line and CRLF each). */
function sizeOf(report: DataReport, kind: BulkKind): GroupSize {
  if (rowCount(report, kind) === 0) return { rows: 0, bytes: 0 };
  const records = bulkRecords(report, kind);
  return { rows: records.length, bytes: records.reduce((n, r) => n + byteLength(csvLine(r)) + 2, 0) };
}

/** Excel's rows and the hosts' file size, less the BOM and the header. */
export function defaultLimits(kind: BulkKind): PartLimits {
  return { rows: EXCEL_MAX_DATA_ROWS, bytes: MAX_FILE_BYTES - byteLength(`${BOM}${csvLine(bulkHeader(kind))}\r\n`) };
}

export function bulkRecords(report: DataReport, kind: BulkKind): CsvValue[][] {
  return kind === 'checks' ? checkRecords(report) : tableRecords(report, kind);
}

export function bulkHeader(kind: BulkKind): readonly string[] {
  return kind === 'checks' ? CHECKS_HEADER : TABLE_HEADERS[kind];
}

/** The files of one kind and year; none when its reports give no row. */
export function bulkFilesOf(
  reports: readonly DataReport[],
  kind: BulkKind,
  year: ReportYear,
  limits: number | PartLimits = defaultLimits(kind),
): BulkFile[] {
  const ofYear = reportsOfYear(reports, year);
  const parts = splitIntoParts(
    ofYear.map((r) => sizeOf(r, kind)),
    limits,
  );
  return parts.map((slices, i) => ({
    kind,
    year,
    part: parts.length > 1 ? i + 1 : null,
    name: `${BULK_KINDS[kind]}-${yearSlug(year)}${parts.length > 1 ? `-part${i + 1}` : ''}`,
    rows: slices.reduce((n, s) => n + s.to - s.from, 0),
    slices: slices.map((s) => ({ report: ofYear[s.group]!, from: s.from, to: s.to })),
  }));
}

const made = new WeakMap<readonly DataReport[], BulkFile[]>();

/** Every bulk file: by year (newest first, unknown last), then by kind. Made once per list of reports. */
export function bulkFiles(reports: readonly DataReport[]): BulkFile[] {
  let files = made.get(reports);
  if (!files) {
    files = yearsOf(reports).flatMap((year) => (Object.keys(BULK_KINDS) as BulkKind[]).flatMap((kind) => bulkFilesOf(reports, kind, year)));
    made.set(reports, files);
  }
  return files;
}

/** A bulk file's CSV in pieces of one report each (see csvChunks). */
export function bulkCsvChunks(file: BulkFile): Generator<string> {
  return csvChunks(
    bulkHeader(file.kind),
    (function* () {
      for (const s of file.slices) {
        const records = bulkRecords(s.report, file.kind);
        yield s.from === 0 && s.to === records.length ? records : records.slice(s.from, s.to);
      }
    })(),
  );
}

export function bulkCsv(file: BulkFile): string {
  return [...bulkCsvChunks(file)].join('');
}

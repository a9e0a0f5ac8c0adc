// What a built site weighs, the way the static hosts count it: bytes and files in all and per
// top-level folder, the largest file, the largest HTML page, and the CSV with the most data rows
// (a record is one row for Excel: a line break inside a quoted field does not start a new one).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FileWeight {
  path: string;
  bytes: number;
}

export interface SiteWeight {
  bytes: number;
  files: number;
  /** By top-level folder (`reports`, `data`, …); files at the top are under `/`. */
  folders: Record<string, { bytes: number; files: number }>;
  largestFile: FileWeight | null;
  largestPage: FileWeight | null;
  /** The CSV with the most data rows (the header row not counted). */
  longestCsv: (FileWeight & { rows: number }) | null;
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/** Data rows of a CSV file: records after the header, quoted line breaks inside a field not counted. */
export function csvDataRows(bytes: Uint8Array): number {
  let records = 0;
  let quoted = false;
  for (const byte of bytes) {
    if (byte === QUOTE) quoted = !quoted;
    else if (byte === LINE_FEED && !quoted) records++;
  }
  // A last record without a line end still counts.
  if (bytes.length > 0 && bytes[bytes.length - 1] !== LINE_FEED) records++;
  return Math.max(0, records - 1);
}

function heavier<T extends FileWeight>(a: T | null, b: T): T {
  return a === null || b.bytes > a.bytes ? b : a;
}

export function siteWeight(dir: string): SiteWeight {
  const weight: SiteWeight = { bytes: 0, files: 0, folders: {}, largestFile: null, largestPage: null, longestCsv: null };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    const relative = name.split(/[\\/]/);
    const folder = relative.length > 1 ? (relative[0] as string) : '/';
    const entry = (weight.folders[folder] ??= { bytes: 0, files: 0 });
    entry.bytes += stat.size;
    entry.files++;
    weight.bytes += stat.size;
    weight.files++;
    const file = { path: relative.join('/'), bytes: stat.size };
    weight.largestFile = heavier(weight.largestFile, file);
    if (name.endsWith('.html')) weight.largestPage = heavier(weight.largestPage, file);
    if (name.endsWith('.csv')) {
      const rows = csvDataRows(readFileSync(path));
      if (weight.longestCsv === null || rows > weight.longestCsv.rows) weight.longestCsv = { ...file, rows };
    }
  }
  return weight;
}

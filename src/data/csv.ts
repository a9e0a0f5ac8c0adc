// CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so that
// Excel opens Chinese text correctly. An unknown value (null) is an empty field, never 0.
// Pure: used by the build's download endpoints and by the compare page's script.

export type CsvValue = string | number | boolean | null | undefined;

/** U+FEFF, written first so that Excel reads the file as UTF-8. */
export const BOM = '\uFEFF';

/** One field: empty for null/undefined; quoted when it holds a comma, a quote or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Plain decimal notation (never 1e21 style) for the numbers a report can hold. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  const text = String(n);
  return /e/i.test(text) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}

export function csvLine(fields: readonly CsvValue[]): string {
  return fields.map(csvField).join(',');
}

/** A whole file: BOM, header, then one line per record, each ended by CRLF. */
export function csvDocument(header: readonly string[], records: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...records].map((r) => `${csvLine(r)}\r\n`).join('');
}

/**
 * The same file in pieces: BOM and header, then the lines of each group of records (one report's),
 * made when read. A download of every report is never one string (at 10,000 reports it would pass
 * V8's limit on string length, and its records would take gigabytes).
 */
export function* csvChunks(header: readonly string[], groups: Iterable<readonly (readonly CsvValue[])[]>): Generator<string> {
  yield `${BOM}${csvLine(header)}\r\n`;
  for (const records of groups) {
    let lines = '';
    for (const r of records) lines += `${csvLine(r)}\r\n`;
    if (lines !== '') yield lines;
  }
}

/**
 * The inverse of csvDocument: records of string fields (the BOM, if any, dropped). Accepts CRLF or LF
 * line ends and quoted fields with commas, quotes and line breaks inside.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && input[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Records as objects keyed by the header's names. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

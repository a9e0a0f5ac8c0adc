// Groups pieces into row records: a label and the data that follows it.
// Grid lines make one record each; in running text a record is label text followed by numbers.
import type { Piece } from './tokens.ts';

/**
 * One piece of a record's data: a grid cell (its number, or null for a blank or a dash), or a
 * string of digits from running text that may hold one or more cells, to be split. Plain values,
 * not objects: a report has hundreds of them.
 */
export type DataChunk = number | null | string;

/** A run of digits from running text, as opposed to one grid cell. */
export function isRun(chunk: DataChunk | undefined): chunk is string {
  return typeof chunk === 'string';
}

export interface RowRecord {
  /** Label text of the record itself (same grid line, or the text right before the numbers). */
  label: string;
  /** Text of the lines between the previous record and this one, for labels printed apart from their numbers. */
  context: string;
  chunks: DataChunk[];
  line: number;
  /** Flat offset just after the record's last number. */
  end: number;
  cellMode: boolean;
  /** A tab-separated line: a tab at its end may be an extraction artefact, unlike a markdown cell. */
  tab: boolean;
  /** A grid line whose data cells are all blank: a real row only if its label names one. */
  allBlank: boolean;
}

export function buildRecords(pieces: Piece[]): RowRecord[] {
  const records: RowRecord[] = [];
  let context = '';
  let label = '';
  let current: RowRecord | null = null;

  const closePlain = (): void => {
    if (current) records.push(current);
    current = null;
  };

  for (const p of pieces) {
    if (p.kind === 'gridRow') {
      closePlain();
      if (label !== '') {
        context += ` ${label}`;
        label = '';
      }
      // A line of labels, or of blanks without a label, is context for the rows below it.
      if (p.chunks.length === 0 || (p.allBlank && p.label === '')) {
        if (p.label !== '') context += ` ${p.label}`;
      } else {
        records.push({ label: p.label, context, chunks: p.chunks, line: p.line, end: p.end, cellMode: true, tab: p.tab, allBlank: p.allBlank });
        context = p.allBlank ? p.label : '';
      }
    } else if (p.kind === 'text') {
      closePlain();
      label += p.text;
    } else {
      if (!current) {
        current = { label, context, chunks: [], line: p.line, end: p.end, cellMode: false, tab: false, allBlank: false };
        label = '';
        context = '';
      }
      current.chunks.push(p.raw);
      current.end = p.end;
    }
  }
  closePlain();
  return records;
}

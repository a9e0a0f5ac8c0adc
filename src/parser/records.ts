// Groups pieces into row records: a label and the data that follows it.
// Grid lines make one record each; in running text a record is label text followed by numbers.
import type { Piece } from './tokens.ts';
import type { GridRow } from './gridLine.ts';

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

/** Groups pieces, as the tokenizer reads them, into records. */
export class RecordBuilder {
  private readonly records: RowRecord[] = [];
  private context = '';
  private label = '';
  private current: RowRecord | null = null;

  text(text: string): void {
    this.closePlain();
    this.label += text;
  }

  run(raw: string, line: number, end: number): void {
    let current = this.current;
    if (!current) {
      current = {
        label: this.label,
        context: this.context,
        chunks: [],
        line,
        end,
        cellMode: false,
        tab: false,
        allBlank: false,
      };
      this.current = current;
      this.label = '';
      this.context = '';
    }
    current.chunks.push(raw);
    current.end = end;
  }

  gridRow(p: GridRow): void {
    this.closePlain();
    if (this.label !== '') {
      this.context += ` ${this.label}`;
      this.label = '';
    }
    // A line of labels, or of blanks without a label, is context for the rows below it.
    if (p.chunks.length === 0 || (p.allBlank && p.label === '')) {
      if (p.label !== '') this.context += ` ${p.label}`;
    } else {
      this.records.push({
        label: p.label,
        context: this.context,
        chunks: p.chunks,
        line: p.line,
        end: p.end,
        cellMode: true,
        tab: p.tab,
        allBlank: p.allBlank,
      });
      this.context = p.allBlank ? p.label : '';
    }
  }

  finish(): RowRecord[] {
    this.closePlain();
    return this.records;
  }

  private closePlain(): void {
    if (this.current) this.records.push(this.current);
    this.current = null;
  }
}

export function buildRecords(pieces: Piece[]): RowRecord[] {
  const records = new RecordBuilder();
  for (const p of pieces) {
    if (p.kind === 'gridRow') records.gridRow(p);
    else if (p.kind === 'text') records.text(p.text);
    else records.run(p.raw, p.line, p.end);
  }
  return records.finish();
}

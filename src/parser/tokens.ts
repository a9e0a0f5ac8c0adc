// Turns a stretch of report text into pieces: label text, numbers and grid rows.
// Lines with tabs or markdown pipes are grids (one row piece per line, its cells read, blanks
// kept: gridLine.ts); other lines are running text where numbers may be spaced out or run
// together (runningText.ts).
import type { SourceText } from './sourceText.ts';
import { type GridRow, gridRow, isGridLine, isMarkdownRule } from './gridLine.ts';
import { type RunningPiece, type RunningTextSink, runningTextPieces } from './runningText.ts';
import { RecordBuilder, type RowRecord } from './records.ts';

export { cellValue, gridCells, isGridLine } from './gridLine.ts';

export type Piece = RunningPiece | GridRow;

export interface TokenizeOptions {
  /** Drop a unit word printed right after a number (`960 万`); off for tables whose labels end in units. */
  absorbUnits: boolean;
}

/** Where a stretch's pieces go: running text's label text and digit runs, and grid rows. */
export interface PieceSink extends RunningTextSink {
  gridRow(row: GridRow): void;
}

/** The pieces of text[start, end0), as objects: for tests and for looking at what was read. */
export function tokenize(src: SourceText, clean: string, start: number, end0: number, options: TokenizeOptions): Piece[] {
  const pieces: Piece[] = [];
  scanPieces(src, clean, start, end0, options, {
    text: (text, line, end) => pieces.push({ kind: 'text', text, line, end }),
    run: (raw, line, end) => pieces.push({ kind: 'num', raw, line, end }),
    gridRow: (row) => pieces.push(row),
  });
  return pieces;
}

/** The row records of text[start, end0): the pieces go straight into records, no piece objects between. */
export function readRecords(src: SourceText, clean: string, start: number, end0: number, options: TokenizeOptions): RowRecord[] {
  const records = new RecordBuilder();
  scanPieces(src, clean, start, end0, options, records);
  return records.finish();
}

function scanPieces(src: SourceText, clean: string, start: number, end0: number, options: TokenizeOptions, sink: PieceSink): void {
  if (end0 <= start) return;
  const firstLine = src.lineAt(start);
  const lastLine = src.lineAt(Math.max(start, end0 - 1));
  for (let line = firstLine; line <= lastLine; line++) {
    const ls = src.lineStart(line);
    const le = src.lineEnd(line);
    const segment = clean.slice(Math.max(ls, start), Math.min(le, end0));
    if (segment.trim() === '') continue;
    const whole = clean.slice(ls, le);
    if (isGridLine(whole)) {
      if (isMarkdownRule(whole)) continue;
      sink.gridRow(gridRow(clean, Math.max(ls, start), Math.min(le, end0), whole.includes('\t'), line));
    } else {
      runningTextPieces(segment, line, Math.max(ls, start), options.absorbUnits, sink);
    }
  }
}

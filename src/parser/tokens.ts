// Turns a stretch of report text into pieces: label text, numbers and grid rows.
// Lines with tabs or markdown pipes are grids (one row piece per line, its cells read, blanks
// kept: gridLine.ts); other lines are running text where numbers may be spaced out or run
// together (runningText.ts).
import type { SourceText } from './sourceText.ts';
import { type GridRow, gridRow, isGridLine, isMarkdownRule } from './gridLine.ts';
import { type RunningPiece, runningTextPieces } from './runningText.ts';

export { cellValue, gridCells, isGridLine } from './gridLine.ts';

export type Piece = RunningPiece | GridRow;

export interface TokenizeOptions {
  /** Drop a unit word printed right after a number (`960 万`); off for tables whose labels end in units. */
  absorbUnits: boolean;
}

export function tokenize(src: SourceText, clean: string, start: number, end0: number, options: TokenizeOptions): Piece[] {
  const pieces: Piece[] = [];
  if (end0 <= start) return pieces;
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
      pieces.push(gridRow(clean, Math.max(ls, start), Math.min(le, end0), whole.includes('\t'), line));
    } else {
      runningTextPieces(segment, line, Math.max(ls, start), options.absorbUnits, pieces);
    }
  }
  return pieces;
}

// Running text in a table's stretch: label text, and runs of digits that may be spaced out or
// run together (one run may hold several cells, split later by alignCells).
import {
  ASCII_LAST,
  FULLWIDTH_FORMS,
  FULLWIDTH_FULL_STOP,
  FULLWIDTH_HYPHEN_MINUS,
  FULL_STOP,
  HYPHEN_MINUS,
  IDEOGRAPHIC_COMMA,
} from './codePoints.ts';
import { isDigit, isSpace, toHalfWidth } from './text.ts';
import { unitLengthAt } from './units.ts';

export type RunningPiece =
  /** Running text between numbers. */
  | { kind: 'text'; text: string; line: number; end: number }
  /** A run of digits that may hold several cells. */
  | { kind: 'num'; raw: string; line: number; end: number };

/** Where running text's pieces go: straight into records, or into pieces for inspection. */
export interface RunningTextSink {
  text(text: string, line: number, end: number): void;
  run(raw: string, line: number, end: number): void;
}

function isAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) > ASCII_LAST) return false;
  return true;
}

/**
 * Running text into label text and runs of digits. Read character by character (the lines of a
 * table are short and every character is looked at anyway) with the rules of the patterns
 * `[0-9０-９]+(?:[.．][0-9０-９]+)?` for a run, and `\s?` then one of units.ts's units for a unit
 * after it. Full-width digits and marks are matched as they are, so the line is never
 * converted as a whole; label text is taken from the original, as written.
 */
export function runningTextPieces(s: string, line: number, base: number, absorbUnits: boolean, out: RunningTextSink): void {
  const length = s.length;
  let textStart = 0;
  const pushText = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      if (!isSpace(s.charCodeAt(i))) {
        out.text(s.slice(from, to), line, base + to);
        return;
      }
    }
  };
  let pos = 0;
  while (pos < length) {
    let runStart = pos;
    while (runStart < length && !isDigit(s.charCodeAt(runStart))) runStart++;
    if (runStart === length) break;
    let runEnd = runStart + 1;
    while (runEnd < length && isDigit(s.charCodeAt(runEnd))) runEnd++;
    let decimal = false;
    const point = s.charCodeAt(runEnd);
    if ((point === FULL_STOP || point === FULLWIDTH_FULL_STOP) && runEnd + 1 < length && isDigit(s.charCodeAt(runEnd + 1))) {
      decimal = true;
      runEnd += 2;
      while (runEnd < length && isDigit(s.charCodeAt(runEnd))) runEnd++;
    }
    const matchEnd = runEnd;
    // `00000002.其他法律…`: the last digit numbers the next row, it is not part of this one.
    const next = s.charCodeAt(runEnd);
    if ((next === FULL_STOP || next === FULLWIDTH_FULL_STOP || next === IDEOGRAPHIC_COMMA) && runEnd + 1 < length && !decimal) {
      const afterNext = s.charCodeAt(runEnd + 1);
      if (!isDigit(afterNext) && !isSpace(afterNext)) {
        if (runEnd - runStart === 1) {
          pos = matchEnd;
          continue;
        }
        runEnd -= 1;
      }
    }
    let numberStart = runStart;
    const prev = s.charCodeAt(runStart - 1);
    const negative =
      (prev === HYPHEN_MINUS || prev === FULLWIDTH_HYPHEN_MINUS) && (runStart - 1 === 0 || isSpace(s.charCodeAt(runStart - 2)));
    if (negative) numberStart -= 1;
    pushText(textStart, numberStart);
    textStart = runEnd;
    if (absorbUnits) textStart += unitAfter(s, runEnd);
    // The number's piece ends after its unit, so that a table's stretch keeps `960 万` whole.
    const digits =
      s.charCodeAt(runStart) < FULLWIDTH_FORMS && s.charCodeAt(runEnd - 1) < FULLWIDTH_FORMS && isAscii(s, runStart, runEnd)
        ? s.slice(runStart, runEnd)
        : toHalfWidth(s.slice(runStart, runEnd));
    out.run(negative ? `-${digits}` : digits, line, base + textStart);
    pos = Math.max(runEnd, textStart);
  }
  pushText(textStart, length);
}

/** Length of a unit after at most one white space at `at`, as the sticky `\s?` + unit pattern reads it; 0 when none. */
function unitAfter(s: string, at: number): number {
  const space = isSpace(s.charCodeAt(at)) ? 1 : 0;
  const unit = unitLengthAt(s, at + space);
  return unit === 0 ? 0 : space + unit;
}

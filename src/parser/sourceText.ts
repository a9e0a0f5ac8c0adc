// The report's text as lines, plus one flat string for searches that cross line breaks.
import { isSpace } from './text.ts';

export class SourceText {
  readonly lines: string[];
  readonly flat: string;
  private readonly lineStarts: number[];
  /**
   * The code of each line's first visible character (-1 for a blank line), read in the walk that
   * cuts the lines: the passes over every line (noise, headings) settle most lines by it without
   * reading the line's string.
   */
  readonly openings: number[];

  constructor(text: string) {
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // Most files use \n alone: then the text is already the flat form, no rebuilding needed.
    this.flat = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
    // One walk over the line breaks gives both the lines and where they start.
    const flat = this.flat;
    this.lines = [];
    this.lineStarts = [];
    this.openings = [];
    let start = 0;
    for (let nl = flat.indexOf('\n'); nl !== -1; nl = flat.indexOf('\n', nl + 1)) {
      this.lines.push(flat.slice(start, nl));
      this.lineStarts.push(start);
      this.openings.push(openingCode(flat, start, nl));
      start = nl + 1;
    }
    this.lines.push(flat.slice(start));
    this.lineStarts.push(start);
    this.openings.push(openingCode(flat, start, flat.length));
  }

  private blankedText: string | null = null;
  private blankedLines: string[] = [];
  private blankedOpenings: number[] | null = null;

  /**
   * The lines of a copy of the text with some characters blanked out (line breaks kept, so the lines
   * keep their offsets): the source lines themselves when nothing was blanked, else split once.
   */
  linesOf(text: string): string[] {
    // Identity is checked first: comparing two distinct long strings reads them.
    if (text === this.blankedText) return this.blankedLines;
    if (text === this.flat) return this.lines;
    this.blankedText = text;
    this.blankedLines = text.split('\n');
    this.blankedOpenings = null;
    return this.blankedLines;
  }

  /** The openings of the lines of `text`, the flat text or the blanked copy linesOf last gave. */
  openingsOf(text: string): number[] {
    if (text === this.flat) return this.openings;
    if (text !== this.blankedText) this.linesOf(text);
    if (this.blankedOpenings === null) {
      const openings: number[] = [];
      for (let line = 1; line <= this.lines.length; line++) openings.push(openingCode(text, this.lineStart(line), this.lineEnd(line)));
      this.blankedOpenings = openings;
    }
    return this.blankedOpenings;
  }

  /**
   * Makes `text`, a copy of the text blanked only within `spans` (line breaks kept), the one linesOf
   * knows: its lines are the source lines with just the touched ones cut from it, not a split of it.
   */
  knowBlanked(text: string, spans: readonly { start: number; end: number }[]): void {
    if (text === this.flat) return;
    const lines = this.lines.slice();
    const openings = this.openings.slice();
    for (const span of spans) {
      if (span.end <= span.start) continue;
      const last = this.lineAt(span.end - 1);
      for (let line = this.lineAt(span.start); line <= last; line++) {
        lines[line - 1] = text.slice(this.lineStart(line), this.lineEnd(line));
        openings[line - 1] = openingCode(text, this.lineStart(line), this.lineEnd(line));
      }
    }
    this.blankedText = text;
    this.blankedLines = lines;
    this.blankedOpenings = openings;
  }

  /** The last tab search: the first tab at or after `tabFrom` is at `tabAt` (-1: none to the end). */
  private tabFrom = -1;
  private tabAt = -1;

  /**
   * Whether a 1-based line holds a tab. Asked of prose lines, in order: the last search's answer holds
   * until its tab is passed, so a run of lines without a tab costs one search, not one per line.
   */
  hasTab(line: number): boolean {
    const start = this.lineStart(line);
    if (this.tabFrom === -1 || start < this.tabFrom || (this.tabAt !== -1 && start > this.tabAt)) {
      this.tabFrom = start;
      this.tabAt = this.flat.indexOf('\t', start);
    }
    return this.tabAt !== -1 && this.tabAt < this.lineEnd(line);
  }

  /** 1-based line number of a flat offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Flat offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.flat.length;
  }

  lineEnd(line: number): number {
    // The next line's start less its line break, without reading this line's string.
    if (line >= 1 && line < this.lineStarts.length) return (this.lineStarts[line] as number) - 1;
    return this.lineStart(line) + (this.lines[line - 1]?.length ?? 0);
  }
}

/** The code of the first visible character of text[start, end); -1 when there is none. */
function openingCode(text: string, start: number, end: number): number {
  let j = start;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  return j < end ? text.charCodeAt(j) : -1;
}

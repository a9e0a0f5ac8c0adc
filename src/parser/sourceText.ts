// The report's text as lines, plus one flat string for searches that cross line breaks.
import { BYTE_ORDER_MARK } from './codePoints.ts';
import { isSpace } from './text.ts';

export class SourceText {
  readonly flat: string;
  private readonly lineStarts: number[];
  /**
   * The code of each line's first visible character (-1 for a blank line), read in the walk that
   * finds the lines: the passes over every line (noise, headings) settle most lines by it without
   * reading the line's string.
   */
  readonly openings: number[];

  constructor(text: string) {
    const withoutBom = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
    // Most files use \n alone: then the text is already the flat form, no rebuilding needed.
    this.flat = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
    // One walk over the line breaks finds where the lines start. Their strings are cut only when
    // asked for (line, lineOf): most lines are table rows, read in place and never cut.
    const flat = this.flat;
    this.lineStarts = [];
    this.openings = [];
    let start = 0;
    for (let nl = flat.indexOf('\n'); nl !== -1; nl = flat.indexOf('\n', nl + 1)) {
      this.lineStarts.push(start);
      this.openings.push(openingCode(flat, start, nl));
      start = nl + 1;
    }
    this.lineStarts.push(start);
    this.openings.push(openingCode(flat, start, flat.length));
  }

  /** How many lines the text has. */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** A 1-based line of the text, without its line break. */
  line(line: number): string {
    return this.flat.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** A 1-based line of `text`, a copy of the text with some characters blanked (line breaks kept). */
  lineOf(text: string, line: number): string {
    return text.slice(this.lineStart(line), this.lineEnd(line));
  }

  private blankedText: string | null = null;
  private blankedOpenings: number[] = [];

  /** The openings of the lines of `text`: the flat text, or the blanked copy knowBlanked was told of. */
  openingsOf(text: string): number[] {
    // Identity is checked first: comparing two distinct long strings reads them.
    if (text === this.blankedText) return this.blankedOpenings;
    if (text === this.flat) return this.openings;
    // A copy knowBlanked was not told of: every line's opening read afresh.
    const openings: number[] = [];
    for (let line = 1; line <= this.lineStarts.length; line++) openings.push(openingCode(text, this.lineStart(line), this.lineEnd(line)));
    this.blankedText = text;
    this.blankedOpenings = openings;
    return openings;
  }

  /**
   * Makes `text`, a copy of the text blanked only within `spans` (line breaks kept), the one openingsOf
   * knows: its openings are the source lines' with just the touched lines' read again.
   */
  knowBlanked(text: string, spans: readonly { start: number; end: number }[]): void {
    if (text === this.flat) return;
    const openings = this.openings.slice();
    for (const span of spans) {
      if (span.end <= span.start) continue;
      const last = this.lineAt(span.end - 1);
      for (let line = this.lineAt(span.start); line <= last; line++) {
        openings[line - 1] = openingCode(text, this.lineStart(line), this.lineEnd(line));
      }
    }
    this.blankedText = text;
    this.blankedOpenings = openings;
  }

  /** The last tab search: the first tab at or after `tabFrom` is at `tabAt` (-1: none to the end). */
  private tabFrom = -1;
  private tabAt = -1;
  /** The text's first tab (-1: none), searched for once; -2 until then. */
  private firstTab = -2;

  /**
   * Whether a 1-based line holds a tab. Asked of prose lines, in order: the last search's answer holds
   * until its tab is passed, so a run of lines without a tab costs one search, not one per line. The
   * passes (headings, then blocks) start again from the text's start: up to its first tab they are
   * answered by that, so a text without tabs is searched once in all.
   */
  hasTab(line: number): boolean {
    const start = this.lineStart(line);
    if (this.tabFrom === -1 || start < this.tabFrom || (this.tabAt !== -1 && start > this.tabAt)) {
      if (this.firstTab === -2) this.firstTab = this.flat.indexOf('\t');
      this.tabFrom = this.firstTab === -1 || start <= this.firstTab ? 0 : start;
      this.tabAt = this.tabFrom === 0 ? this.firstTab : this.flat.indexOf('\t', start);
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
    // The last line ends with the text (and so, like it, does a line number out of range).
    return this.flat.length;
  }
}

/** The code of the first visible character of text[start, end); -1 when there is none. */
function openingCode(text: string, start: number, end: number): number {
  let j = start;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  return j < end ? text.charCodeAt(j) : -1;
}

// The report's text as lines, plus one flat string for searches that cross line breaks.

export class SourceText {
  readonly lines: string[];
  readonly flat: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.lines = withoutBom.split(/\r\n|\r|\n/);
    this.lineStarts = [];
    let offset = 0;
    for (const line of this.lines) {
      this.lineStarts.push(offset);
      offset += line.length + 1;
    }
    this.flat = this.lines.join('\n');
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
    return this.lineStart(line) + (this.lines[line - 1]?.length ?? 0);
  }
}

// Runs into lines: runs on one baseline make a line, read left to right; the gap between two runs
// becomes nothing, a space, or (outside a ruled table) a tab when it is as wide as a table's column gap.
import type { Run } from './layout.ts';

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.35;
/** A gap narrower than this share of the font size is no space. */
const SPACE_GAP = 0.2;
/** A gap of this many characters or more between runs of one line separates two table columns. */
const COLUMN_GAP = 2.5;
/** Beside a figure, a gap of this many characters separates two columns: figures are not spaced out as words are. */
const FIGURE_GAP = 1;
const NUMBER = /^\s*[-+]?\d[\d,]*(?:\.\d+)?\s*$/;

// Chinese characters and the punctuation set among them: a space between two of these is no word break.
const CJK = '\\p{Script=Han}\\u3001-\\u303f\\uff01-\\uff60\\uffe0-\\uffe6\\u2018-\\u201d\\u2014\\u2026\\u00b7';
const SPACED_CJK = new RegExp(`([${CJK}])[ \\u00a0\\u3000]+(?=[${CJK}])`, 'gu');
const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z0-9]/;

/** A line: its runs left to right. */
export interface TextLine {
  runs: Run[];
  baseline: number;
  top: number;
  x0: number;
  x1: number;
  size: number;
}

/** Closes up spaces between Chinese characters: in Chinese a gap between glyphs is layout, not a word break. */
export function closeUpCjk(text: string): string {
  return text.replace(SPACED_CJK, '$1');
}

/** The runs grouped into lines, top to bottom. A column of vertical text is a line of its own. */
export function groupLines(runs: Run[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => b.baseline - a.baseline || a.x0 - b.x0);
  const lines: TextLine[] = [];
  let current: TextLine | null = null;
  for (const run of sorted) {
    if (
      current &&
      !run.vertical &&
      !current.runs[0]?.vertical &&
      Math.abs(run.baseline - current.baseline) <= SAME_LINE * Math.max(run.size, current.size)
    ) {
      current.runs.push(run);
      current.top = Math.max(current.top, run.y1);
      current.x0 = Math.min(current.x0, run.x0);
      current.x1 = Math.max(current.x1, run.x1);
      current.size = Math.max(current.size, run.size);
      continue;
    }
    current = { runs: [run], baseline: run.baseline, top: run.y1, x0: run.x0, x1: run.x1, size: run.size };
    lines.push(current);
  }
  for (const line of lines) line.runs.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/** A line's text; with `tabs`, a gap of a column's width becomes a tab. */
export function lineText(line: TextLine, tabs: boolean): string {
  let text = '';
  let previous: Run | null = null;
  for (const run of line.runs) {
    if (previous) {
      const gap = run.x0 - previous.x1;
      const size = Math.min(run.size, previous.size);
      const figures = NUMBER.test(previous.text) || NUMBER.test(run.text);
      if (tabs && gap >= (figures ? FIGURE_GAP : COLUMN_GAP) * size) text += '\t';
      else if (gap > SPACE_GAP * size && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return closeUpCjk(text.replace(/[ \u00a0]+/g, ' ').trim());
}

/** Joins the lines of one cell or paragraph: Chinese runs on without a break, Latin words get a space. */
export function joinWrapped(parts: string[]): string {
  let text = '';
  for (const part of parts) {
    if (part === '') continue;
    text += text !== '' && ASCII_WORD_END.test(text) && ASCII_WORD_START.test(part) ? ` ${part}` : part;
  }
  return closeUpCjk(text);
}

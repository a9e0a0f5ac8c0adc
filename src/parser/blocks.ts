// The readable text of a stretch of the report: paragraphs rejoined across page breaks and hard
// wraps, sub-headings, the place of each official table, and fragments of other documents kept apart.
import {
  ASTERISK,
  COLON,
  DIGIT_NINE,
  DIGIT_ZERO,
  EXCLAMATION_MARK,
  FULLWIDTH_COLON,
  FULLWIDTH_EXCLAMATION_MARK,
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_QUESTION_MARK,
  FULLWIDTH_RIGHT_PARENTHESIS,
  FULLWIDTH_SEMICOLON,
  HORIZONTAL_ELLIPSIS,
  HYPHEN_MINUS,
  IDEOGRAPHIC_FULL_STOP,
  LATIN_CAPITAL_A,
  LATIN_CAPITAL_Z,
  LATIN_SMALL_A,
  LATIN_SMALL_Z,
  LEFT_PARENTHESIS,
  NUMBER_SIGN,
  QUESTION_MARK,
  QUOTATION_MARK,
  RIGHT_CORNER_BRACKET,
  RIGHT_DOUBLE_QUOTATION_MARK,
  RIGHT_PARENTHESIS,
  RIGHT_SINGLE_QUOTATION_MARK,
  RIGHT_WHITE_CORNER_BRACKET,
  SEMICOLON,
  VERTICAL_LINE,
} from './codePoints.ts';
import type { Block } from './types.ts';
import type { SourceText } from './sourceText.ts';
import type { Region } from './tableRegions.ts';
import { isGridLine } from './tokens.ts';
import { firstVisible, lastVisible } from './text.ts';

// A sentence ends in a sentence mark and any closing quotes or brackets, among the last 8 characters.
// (That is /[。！？!?；;：:…]["”’」』）)]*$|[。！？!?]["”’」』]?[)）]$/ on the trimmed last 8; its second
// branch is covered by the first.)
function isSentenceMark(c: number): boolean {
  switch (c) {
    case IDEOGRAPHIC_FULL_STOP:
    case FULLWIDTH_EXCLAMATION_MARK:
    case FULLWIDTH_QUESTION_MARK:
    case EXCLAMATION_MARK:
    case QUESTION_MARK:
    case FULLWIDTH_SEMICOLON:
    case SEMICOLON:
    case FULLWIDTH_COLON:
    case COLON:
    case HORIZONTAL_ELLIPSIS:
      return true; // 。！？!?；;：:…
    default:
      return false;
  }
}

function isCloser(c: number): boolean {
  switch (c) {
    case QUOTATION_MARK:
    case RIGHT_DOUBLE_QUOTATION_MARK:
    case RIGHT_SINGLE_QUOTATION_MARK:
    case RIGHT_CORNER_BRACKET:
    case RIGHT_WHITE_CORNER_BRACKET:
    case FULLWIDTH_RIGHT_PARENTHESIS:
    case RIGHT_PARENTHESIS:
      return true; // "”’」』）)
    default:
      return false;
  }
}
const SUBHEADING_START = /^\s*(?:#{1,6}\s|\*\*\s*[（(][一二三四五六七八九十]+[）)]|[（(][一二三四五六七八九十]+[）)])/;
/** Whether a sub-heading can start (after white space) with c: # * ( （. */
function canStartSubheading(c: number): boolean {
  return c === NUMBER_SIGN || c === ASTERISK || c === LEFT_PARENTHESIS || c === FULLWIDTH_LEFT_PARENTHESIS;
}
const RULE_LINE = /^\s*\|?[\s:|-]*-{2,}[\s:|-]*$/;
const NUMBERED_START = /^\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]/;
const RUNNING_PARAGRAPH_MARK = /[（(][一二三四五六七八九十]+[）)]/g;

/** Whether a paragraph so far ends a sentence (only its last characters matter). */
function endsSentence(text: string): boolean {
  const windowStart = Math.max(0, text.length - 8);
  let i = lastVisible(text);
  while (i >= windowStart && isCloser(text.charCodeAt(i))) i--;
  return i >= windowStart && isSentenceMark(text.charCodeAt(i));
}

interface Paragraph {
  /** Trimmed pieces (lines) joined: trimmed itself. */
  text: string;
  line: number;
  /**
   * The end of text, at least its last 8 characters (or all of it): whether it ends a sentence is
   * read there, never from the joined text (reading a joined string flattens it, line after line).
   */
  tail: string;
  /** Whether text is more than one piece (then a joined string, flattened once when closed). */
  joined: boolean;
}

function paragraphOf(piece: string, line: number): Paragraph {
  return { text: piece, line, tail: piece, joined: false };
}

function paragraphEndsSentence(p: Paragraph): boolean {
  return endsSentence(p.tail);
}

function isAsciiAlnum(c: number): boolean {
  return (
    (c >= DIGIT_ZERO && c <= DIGIT_NINE) || (c >= LATIN_CAPITAL_A && c <= LATIN_CAPITAL_Z) || (c >= LATIN_SMALL_A && c <= LATIN_SMALL_Z)
  );
}

/** Joins the next line to a paragraph: a space goes only between two ASCII words. */
function joinLine(p: Paragraph, next: string): void {
  const space = isAsciiAlnum(p.tail.charCodeAt(p.tail.length - 1)) && isAsciiAlnum(next.charCodeAt(0));
  p.text = space ? `${p.text} ${next}` : p.text + next;
  p.joined = true;
  if (next.length >= 8) p.tail = next;
  else {
    const tail = space ? `${p.tail} ${next}` : p.tail + next;
    p.tail = tail.length > 8 ? tail.slice(-8) : tail;
  }
}

/** Whether a line (first visible character c) is a sub-heading. */
function isSubheading(line: string, c: number): boolean {
  if (!canStartSubheading(c)) return false;
  const t = line.trim();
  if (/^#{1,6}\s/.test(t)) return true;
  if (!SUBHEADING_START.test(t)) return false;
  const plain = t.includes('**') ? t.replace(/\*\*/g, '') : t;
  return plain.length <= 30 && !/[。；]/.test(plain.slice(0, -1));
}

/** A markdown table's rule line (|---|): it can only start (first visible character c) with one of its own marks. */
function isRuleLine(text: string, c: number): boolean {
  return (c === VERTICAL_LINE || c === COLON || c === HYPHEN_MINUS) && RULE_LINE.test(text);
}

/** isGridLine of a source line; most lines (no tab, not starting with |) are settled without reading them. */
function isSourceGridLine(src: SourceText, line: number): boolean {
  if (src.openings[line - 1] !== VERTICAL_LINE && !src.hasTab(line)) return false;
  return isGridLine(src.line(line));
}

/** A stretch of a range: running text [from, to), or a table's region, which stands in for its text. */
type Stretch = { kind: 'text'; from: number; to: number } | { kind: 'table'; region: Region };

/** Blocks of the flat range [start, end), tables standing in for their regions. */
export function buildBlocks(src: SourceText, clean: string, start: number, end: number, regions: Region[]): Block[] {
  const blocks: Block[] = [];
  const openings = src.openingsOf(clean);
  // A paragraph being joined; its last piece holds its last characters, so that asking whether it
  // ends a sentence does not flatten the joined text line after line.
  let para: Paragraph | null = null;
  let fragment: { lines: string[]; line: number } | null = null;
  const closePara = (): void => {
    // A paragraph is trimmed pieces, never empty: trim only flattens a joined one (as it always did).
    if (para) blocks.push({ type: 'paragraph', text: para.joined ? para.text.trim() : para.text, line: para.line });
    para = null;
  };
  const closeFragment = (): void => {
    if (fragment) blocks.push({ type: 'fragment', lines: fragment.lines, line: fragment.line });
    fragment = null;
  };
  const inside = regions.filter((r) => r.start < end && r.end > start);
  // Regions mostly come in order: sorted (stably) only when they do not.
  if (!inStartOrder(inside)) inside.sort((a, b) => a.start - b.start);
  let pos = start;
  const stretches: Stretch[] = [];
  for (const r of inside) {
    if (r.start > pos) stretches.push({ kind: 'text', from: pos, to: r.start });
    stretches.push({ kind: 'table', region: r });
    pos = Math.max(pos, r.end);
  }
  if (pos < end) stretches.push({ kind: 'text', from: pos, to: end });

  for (const stretch of stretches) {
    if (stretch.kind === 'table') {
      const r = stretch.region;
      closePara();
      closeFragment();
      blocks.push({ type: 'table', table: r.table, line: src.lineAt(Math.max(r.start, start)) });
      continue;
    }
    const { from, to } = stretch;
    const first = src.lineAt(from);
    const last = src.lineAt(Math.max(from, to - 1));
    for (let line = first; line <= last; line++) {
      const ls = src.lineStart(line);
      const le = src.lineEnd(line);
      // Only the first and last lines of a range can be cut; a whole line's opening is known.
      const whole = ls >= from && le <= to;
      const text = whole ? src.lineOf(clean, line) : clean.slice(Math.max(ls, from), Math.min(le, to));
      let c = -1;
      if (whole) c = openings[line - 1] as number;
      else {
        const first = firstVisible(text);
        if (first < text.length) c = text.charCodeAt(first);
      }
      if (c === -1) {
        // A blank line ends a paragraph unless the sentence is cut mid-way (a page break).
        if (para && paragraphEndsSentence(para)) closePara();
        closeFragment();
        continue;
      }
      // A markdown table's rule line (|---|) carries no text.
      if (isRuleLine(text, c)) continue;
      if (isSourceGridLine(src, line)) {
        closePara();
        if (!fragment) fragment = { lines: [], line };
        fragment.lines.push(src.line(line));
        continue;
      }
      closeFragment();
      if (text.length > 300) {
        closePara();
        for (const piece of splitRunningText(text)) blocks.push({ type: 'paragraph', text: piece, line });
        continue;
      }
      if (isSubheading(text, c)) {
        closePara();
        blocks.push({ type: 'subheading', text: subheadingText(text), line });
        continue;
      }
      const trimmed = text.trim();
      if (para) {
        const p = para as Paragraph;
        if (
          paragraphEndsSentence(p) &&
          (NUMBERED_START.test(trimmed) || text.length < 40 || (line >= 2 && src.openings[line - 2] === -1))
        ) {
          closePara();
          para = paragraphOf(trimmed, line);
        } else joinLine(p, trimmed);
      } else para = paragraphOf(trimmed, line);
    }
  }
  closePara();
  closeFragment();
  return blocks;
}

function inStartOrder(regions: Region[]): boolean {
  for (let i = 1; i < regions.length; i++) if ((regions[i] as Region).start < (regions[i - 1] as Region).start) return false;
  return true;
}

function subheadingText(text: string): string {
  let t = text.trim();
  if (t.startsWith('#')) t = t.replace(/^#{1,6}\s*/, '');
  return t.includes('**') ? t.replace(/\*\*/g, '') : t;
}

/** A report saved as one line: paragraphs start at （一） markers. */
function splitRunningText(text: string): string[] {
  // The same pieces as text.split(/(?=[（(][一二…十]+[）)])/), trimmed, empty ones dropped.
  const pieces: string[] = [];
  const push = (from: number, to: number): void => {
    const piece = text.slice(from, to).trim();
    if (piece !== '') pieces.push(piece);
  };
  let from = 0;
  RUNNING_PARAGRAPH_MARK.lastIndex = 0;
  for (let m = RUNNING_PARAGRAPH_MARK.exec(text); m !== null; m = RUNNING_PARAGRAPH_MARK.exec(text)) {
    if (m.index === 0) continue;
    push(from, m.index);
    from = m.index;
  }
  push(from, text.length);
  return pieces;
}

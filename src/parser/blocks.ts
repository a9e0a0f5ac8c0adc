// The readable text of a stretch of the report: paragraphs rejoined across page breaks and hard
// wraps, sub-headings, the place of each official table, and fragments of other documents kept apart.
import type { Block } from './types.ts';
import type { SourceText } from './sourceText.ts';
import type { Region } from './tableRegions.ts';
import { isGridLine } from './tokens.ts';

const TERMINAL = /[。！？!?；;：:…]["”’」』）)]*$|[。！？!?]["”’」』]?[)）]$/;
const SUBHEADING_START = /^\s*(?:#{1,6}\s|\*\*\s*[（(][一二三四五六七八九十]+[）)]|[（(][一二三四五六七八九十]+[）)])/;

/** Whether a paragraph so far ends a sentence (only its last characters matter). */
function endsSentence(text: string): boolean {
  return TERMINAL.test(text.slice(-8).trim());
}

function joinText(a: string, b: string): string {
  if (a === '') return b;
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function isSubheading(line: string): boolean {
  const t = line.trim();
  if (/^#{1,6}\s/.test(t)) return true;
  const plain = t.replace(/\*\*/g, '');
  return SUBHEADING_START.test(t) && plain.length <= 30 && !/[。；]/.test(plain.slice(0, -1));
}

/** Blocks of the flat range [start, end), tables standing in for their regions. */
export function buildBlocks(src: SourceText, clean: string, start: number, end: number, regions: Region[]): Block[] {
  const blocks: Block[] = [];
  let para: { text: string; line: number } | null = null;
  let fragment: { lines: string[]; line: number } | null = null;
  const closePara = (): void => {
    if (para && para.text.trim() !== '') blocks.push({ type: 'paragraph', text: para.text.trim(), line: para.line });
    para = null;
  };
  const closeFragment = (): void => {
    if (fragment) blocks.push({ type: 'fragment', lines: fragment.lines, line: fragment.line });
    fragment = null;
  };
  const inside = regions.filter((r) => r.start < end && r.end > start).sort((a, b) => a.start - b.start);
  let pos = start;
  const ranges: [number, number][] = [];
  for (const r of inside) {
    if (r.start > pos) ranges.push([pos, r.start]);
    ranges.push([-1, inside.indexOf(r)]);
    pos = Math.max(pos, r.end);
  }
  if (pos < end) ranges.push([pos, end]);

  for (const [a, b] of ranges) {
    if (a === -1) {
      const r = inside[b] as Region;
      closePara();
      closeFragment();
      blocks.push({ type: 'table', table: r.table, line: src.lineAt(Math.max(r.start, start)) });
      continue;
    }
    const first = src.lineAt(a);
    const last = src.lineAt(Math.max(a, b - 1));
    for (let line = first; line <= last; line++) {
      const ls = src.lineStart(line);
      const text = clean.slice(Math.max(ls, a), Math.min(src.lineEnd(line), b));
      if (text.trim() === '') {
        // A blank line ends a paragraph unless the sentence is cut mid-way (a page break).
        if (para && endsSentence((para as { text: string }).text)) closePara();
        closeFragment();
        continue;
      }
      // A markdown table's rule line (|---|) carries no text.
      if (/^\s*\|?[\s:|-]*-{2,}[\s:|-]*$/.test(text)) continue;
      if (isGridLine(src.lines[line - 1] ?? '')) {
        closePara();
        if (!fragment) fragment = { lines: [], line };
        fragment.lines.push(src.lines[line - 1] ?? '');
        continue;
      }
      closeFragment();
      if (text.length > 300) {
        closePara();
        for (const piece of splitRunningText(text)) blocks.push({ type: 'paragraph', text: piece, line });
        continue;
      }
      if (isSubheading(text)) {
        closePara();
        blocks.push({ type: 'subheading', text: text.trim().replace(/^#{1,6}\s*/, '').replace(/\*\*/g, ''), line });
        continue;
      }
      const trimmed = text.trim();
      if (para) {
        const p = para as { text: string; line: number };
        if (endsSentence(p.text) && (/^\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]/.test(trimmed) || text.length < 40 || src.lines[line - 2]?.trim() === '')) {
          closePara();
          para = { text: trimmed, line };
        } else p.text = joinText(p.text.trimEnd(), trimmed);
      } else para = { text: trimmed, line };
    }
  }
  closePara();
  closeFragment();
  return blocks;
}

/** A report saved as one line: paragraphs start at （一） markers. */
function splitRunningText(text: string): string[] {
  return text
    .split(/(?=[（(][一二三四五六七八九十]+[）)])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

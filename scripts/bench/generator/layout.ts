// A report's parts laid out as the text of a file, in the shapes real reports reach the portal in
// (see /work/shared/corpus/MANIFEST.tsv):
//   web          — copied from a web page: blank lines between paragraphs, tables tab-separated;
//   webBroken    — the same with paragraphs broken mid-sentence by blank lines (PDF page breaks);
//   markdown     — converted by a third-party tool: # headings, | markdown | tables |;
//   pdf          — PDF text: lines hard-wrapped every ~30 characters, page markers '- N -', table
//                  headers broken over lines, cells separated by spaces;
//   oneLine      — a web page saved as one line, table cells separated by single spaces;
//   oneLineRunTogether — one line, table labels and digits run together with no separators.
import type { Part } from './parts.ts';
import type { Rng } from './random.ts';
import { type TableStyle, renderGrid } from './renderGrid.ts';

export const PROFILES = ['web', 'webBroken', 'markdown', 'pdf', 'oneLine', 'oneLineRunTogether'] as const;
export type Profile = (typeof PROFILES)[number];

const TABLE_STYLE: Record<Profile, TableStyle> = {
  web: 'tabs',
  webBroken: 'tabs',
  markdown: 'markdown',
  pdf: 'pdf',
  oneLine: 'spaces',
  oneLineRunTogether: 'runTogether',
};

function tableLines(part: Extract<Part, { kind: 'table' }>, style: TableStyle): string[] {
  return [...(part.caption ? [part.caption] : []), ...renderGrid(part.grid, style)];
}

/** Wrap at `width` characters, never between two digits (a figure stays whole). */
function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (chars.length - start > width) {
    let end = start + width;
    while (end > start + 1 && /[0-9.]/.test(chars[end - 1] as string) && /[0-9.]/.test(chars[end] as string)) end--;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}

/** Break a paragraph in two with blank lines, away from figures. */
function breakParagraph(rng: Rng, text: string): string {
  const chars = [...text];
  if (chars.length < 40) return text;
  let at = rng.int(15, chars.length - 15);
  while (at < chars.length - 1 && /[0-9]/.test((chars[at - 1] ?? '') + (chars[at] ?? ''))) at++;
  return `${chars.slice(0, at).join('')}\n\n${chars.slice(at).join('')}`;
}

function blocks(rng: Rng, parts: Part[], profile: Profile): string[][] {
  const style = TABLE_STYLE[profile];
  const bold = rng.chance(0.3);
  return parts.map((part): string[] => {
    switch (part.kind) {
      case 'title':
        return profile === 'markdown' ? part.lines.map((l, i) => `${i === 0 ? '#' : '##'} ${l}`) : part.lines;
      case 'heading': {
        const text = `${part.number}、${part.text}`;
        if (profile === 'markdown') return [`${rng.pick(['##', '###', '####'])} ${text}`];
        return [bold && profile.startsWith('web') ? `**${text}**` : text];
      }
      case 'paragraph':
        if (profile === 'webBroken' && !part.statement && rng.chance(0.35)) return [breakParagraph(rng, part.text)];
        return [part.text];
      case 'table':
        return tableLines(part, style);
      case 'signature':
        return part.lines;
    }
  });
}

function pageMarkers(rng: Rng, lines: string[]): string[] {
  const every = rng.int(36, 44);
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    if (i > 0 && i % every === 0) out.push(`- ${++page} -`);
    out.push(line);
  });
  return [`- 1 -`, ...out];
}

export function layOut(rng: Rng, parts: Part[], profile: Profile): string {
  const laid = blocks(rng, parts, profile);
  if (profile === 'oneLine' || profile === 'oneLineRunTogether') return `${laid.map((b) => b.join(' ')).join(' ')}\n`;
  if (profile === 'pdf') {
    const width = rng.int(28, 34);
    const lines = laid.flatMap((b, i) => (parts[i]?.kind === 'paragraph' ? b.flatMap((t) => wrap(t, width)) : b));
    return `${pageMarkers(rng, lines).join('\n')}\n`;
  }
  return `${laid.map((b) => b.join('\n')).join('\n\n')}\n`;
}

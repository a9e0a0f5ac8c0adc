// A grid laid out as text, in the styles tables reach the portal in:
//   tabs        — copied from a web page or spreadsheet: one row per line, cells separated by tabs;
//   markdown    — converted by a third-party tool: | cell | cell | rows with a --- line under the header;
//   spaces      — PDF text: cells separated by single spaces, empty cells gone;
//   pdf         — PDF text of a narrow table: header words broken over lines two characters at a time;
//   runTogether — a web page flattened without separators: labels and digits run together.
import type { GridLine } from './grid.ts';

export type TableStyle = 'tabs' | 'markdown' | 'spaces' | 'pdf' | 'runTogether';

const filled = (cells: string[]): string[] => cells.filter((c) => c !== '');

function pieces(cell: string, width: number): string[] {
  const chars = [...cell];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

/** The row-label cells merged into one, as converters to markdown usually do. */
function mergedLabels(line: GridLine): string[] {
  if (line.labels <= 1) return line.cells;
  return [filled(line.cells.slice(0, line.labels)).join(' '), ...line.cells.slice(line.labels)];
}

function markdown(lines: GridLine[]): string[] {
  const out: string[] = [];
  let previous: GridLine['kind'] | null = null;
  for (const line of lines) {
    if (line.kind === 'caption') {
      out.push(line.cells.join(''));
    } else {
      const cells = mergedLabels(line);
      out.push(`| ${cells.join(' | ')} |`);
      if (line.kind === 'header' && previous !== 'header') out.push(`| ${cells.map(() => '---').join(' | ')} |`);
    }
    previous = line.kind;
  }
  return out;
}

export function renderGrid(lines: GridLine[], style: TableStyle): string[] {
  switch (style) {
    case 'tabs':
      return lines.map((l) => l.cells.join('\t'));
    case 'markdown':
      return markdown(lines);
    case 'spaces':
      return lines.map((l) => filled(l.cells).join(' ')).filter((l) => l !== '');
    case 'pdf':
      return lines
        .flatMap((l) =>
          l.kind === 'header' ? filled(l.cells).flatMap((c) => (c.length > 6 ? [c] : pieces(c, 2))) : [filled(l.cells).join(' ')],
        )
        .filter((l) => l !== '');
    case 'runTogether':
      return lines.map((l) => filled(l.cells).join('')).filter((l) => l !== '');
  }
}

// A report's text as a word processor would hold it: paragraphs (one per non-blank line) and tables
// (each run of lines holding a tab, one row per line, cells as written, empty cells kept).
export type ReportBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

export function reportBlocks(text: string): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const last = blocks.at(-1);
    if (line.includes('\t')) {
      const row = line.split('\t').map((cell) => cell.trim());
      if (last?.kind === 'table') last.rows.push(row);
      else blocks.push({ kind: 'table', rows: [row] });
    } else if (line.trim() !== '') {
      blocks.push({ kind: 'paragraph', text: line.trim() });
    } else if (last?.kind === 'table') {
      // A blank line ends a table: the next table starts afresh.
      blocks.push({ kind: 'paragraph', text: '' });
    }
  }
  return blocks.filter((b) => b.kind === 'table' || b.text !== '');
}

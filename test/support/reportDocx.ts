// Word files for the import tests, written on the spot with the docx package: a report's headings,
// paragraphs and tables, with merged cells where a real report's Word file has them.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';

/** A table cell: its text, and how far it spans (columns to the right, rows below). */
export interface DocxCell {
  text: string;
  columns?: number;
  rows?: number;
}

export type DocxBlock = { heading: string } | { paragraph: string } | { table: (string | DocxCell)[][] };

function table(rows: (string | DocxCell)[][]): Table {
  // Word writes a vertically merged cell as a cell in each row it covers: the first “restart”, the rest “continue”.
  const continuing = new Map<string, number>();
  const tableRows = rows.map((cells, r) => {
    const out: TableCell[] = [];
    let col = 0;
    const flushContinuations = () => {
      while (continuing.has(`${r}:${col}`)) {
        const columnSpan = continuing.get(`${r}:${col}`) as number;
        out.push(new TableCell({ children: [new Paragraph('')], verticalMerge: VerticalMergeType.CONTINUE, columnSpan }));
        col += columnSpan;
      }
    };
    for (const raw of cells) {
      flushContinuations();
      const cell = typeof raw === 'string' ? { text: raw } : raw;
      const columnSpan = cell.columns ?? 1;
      const rowSpan = cell.rows ?? 1;
      for (let below = 1; below < rowSpan; below++) continuing.set(`${r + below}:${col}`, columnSpan);
      out.push(
        new TableCell({
          children: [new Paragraph(cell.text)],
          columnSpan,
          ...(rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
        }),
      );
      col += columnSpan;
    }
    flushContinuations();
    return new TableRow({ children: out });
  });
  return new Table({ rows: tableRows });
}

export async function reportDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const children = blocks.map((b) =>
    'heading' in b
      ? new Paragraph({ text: b.heading, heading: HeadingLevel.HEADING_1 })
      : 'paragraph' in b
        ? new Paragraph(b.paragraph)
        : table(b.table),
  );
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

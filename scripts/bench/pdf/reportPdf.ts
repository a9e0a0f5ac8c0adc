// A report's text laid out as an A4 PDF with pdfkit and a system CJK font: paragraphs wrapped to the
// page's width, each table ruled with one box per cell (columns as wide as their longest cell allows,
// a long cell wrapped inside its box, a row that does not fit moved whole to the next page), and the
// page number (`- N -`) at the foot of each page, as published reports have.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { systemCjkFont } from './cjkFont.ts';
import { type ReportBlock, reportBlocks } from './reportBlocks.ts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const WIDTH = PAGE.width - 2 * MARGIN;
const BODY_SIZE = 11;
const TABLE_SIZE = 8;
const PAD = 3;

let font: { bytes: Buffer; face: string } | null = null;

/**
 * Column widths in points: each column at least as wide as its widest word or number (so that a
 * figure is never broken over two lines), the rest of the width shared by how much more each column's
 * longest cell (up to 16 characters) would take.
 */
function columnWidths(doc: PDFKit.PDFDocument, rows: string[][]): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const cellsOf = (j: number) => rows.map((r) => r[j] ?? '');
  const floors = Array.from(
    { length: columns },
    (_, j) =>
      Math.max(
        2 * TABLE_SIZE,
        ...cellsOf(j).flatMap((c) => c.split(/\s+|(?<=[^\x00-\x7f])|(?=[^\x00-\x7f])/).map((w) => doc.widthOfString(w))),
      ) +
      2 * PAD,
  );
  const wants = Array.from({ length: columns }, (_, j) =>
    Math.max(floors[j] as number, Math.min(16 * TABLE_SIZE, Math.max(...cellsOf(j).map((c) => doc.widthOfString(c)))) + 2 * PAD),
  );
  const floorSum = floors.reduce((a, b) => a + b, 0);
  if (floorSum >= WIDTH) return floors.map((f) => (f / floorSum) * WIDTH);
  const extra = wants.reduce((a, b) => a + b, 0) - floorSum;
  return floors.map((f, j) => f + (extra === 0 ? (WIDTH - floorSum) / columns : (((wants[j] as number) - f) / extra) * (WIDTH - floorSum)));
}

function drawTable(doc: PDFKit.PDFDocument, rows: string[][], top: number): number {
  doc.fontSize(TABLE_SIZE);
  const widths = columnWidths(doc, rows);
  let y = top;
  for (const row of rows) {
    const height =
      Math.max(...row.map((cell, j) => (cell === '' ? 0 : doc.heightOfString(cell, { width: (widths[j] as number) - 2 * PAD })))) + 2 * PAD;
    if (y + height > PAGE.height - MARGIN) {
      doc.addPage({ size: 'A4', margin: MARGIN });
      y = MARGIN;
    }
    let x = MARGIN;
    row.forEach((cell, j) => {
      const w = widths[j] as number;
      doc.lineWidth(0.5).rect(x, y, w, height).stroke();
      if (cell !== '') doc.text(cell, x + PAD, y + PAD, { width: w - 2 * PAD });
      x += w;
    });
    y += height;
  }
  return y;
}

function drawBlocks(doc: PDFKit.PDFDocument, blocks: ReportBlock[]): void {
  let y = MARGIN;
  for (const block of blocks) {
    if (block.kind === 'table') {
      y = drawTable(doc, block.rows, y) + BODY_SIZE;
      continue;
    }
    doc.fontSize(BODY_SIZE);
    if (y + doc.heightOfString('国') > PAGE.height - MARGIN) {
      doc.addPage({ size: 'A4', margin: MARGIN });
      y = MARGIN;
    }
    // pdfkit carries a paragraph that reaches the bottom margin over to a new page.
    doc.text(block.text, MARGIN, y, { width: WIDTH, lineGap: 3 });
    y = doc.y + BODY_SIZE / 2;
  }
}

export async function reportPdf(text: string): Promise<Uint8Array> {
  if (!font) {
    const found = systemCjkFont();
    font = { bytes: readFileSync(found.file), face: found.face };
  }
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true });
  doc.registerFont('cjk', font.bytes, font.face);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  drawBlocks(doc, reportBlocks(text));
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text(`- ${i + 1} -`, MARGIN, PAGE.height - MARGIN / 2, { width: WIDTH, align: 'center', lineBreak: false });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

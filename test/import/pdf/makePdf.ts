// PDFs made for the tests with pdfkit and the system's Noto Sans CJK (fonts-noto-cjk): text placed
// at given positions and ruled boxes, in points from the page's top-left corner, as a word processor
// lays out a report.
import { existsSync, readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CJK_FONT_NAME = 'NotoSansCJKsc-Regular';

/** Text whose top-left corner is at (x, y). */
export interface Text {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/** A ruled box: its top-left corner, width and height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Page {
  texts?: Text[];
  boxes?: Box[];
  /** Grey images, as a scanned page or a seal is. */
  images?: Box[];
}

export interface PdfOptions {
  title?: string;
  /** A password needed to open the file. */
  userPassword?: string;
}

let font: Buffer | null = null;

export async function makePdf(pages: Page[], options: PdfOptions = {}): Promise<Uint8Array> {
  if (!existsSync(CJK_FONT)) throw new Error(`the tests need ${CJK_FONT}: apt-get install fonts-noto-cjk`);
  font ??= readFileSync(CJK_FONT);
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: options.title ? { Title: options.title } : {},
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner` } : {}),
  });
  doc.registerFont('cjk', font, CJK_FONT_NAME);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (const page of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    for (const b of page.boxes ?? []) doc.lineWidth(0.5).rect(b.x, b.y, b.w, b.h).stroke();
    for (const b of page.images ?? []) doc.image(GREY_PNG, b.x, b.y, { width: b.w, height: b.h });
    for (const t of page.texts ?? [])
      doc
        .font('cjk')
        .fontSize(t.size ?? 12)
        .text(t.text, t.x, t.y, { lineBreak: false });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A PNG of one grey pixel. */
const GREY_PNG = (() => {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1 × 1, 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
})();

/** A row of ruled cells at height y and h points tall: one box per pair of neighbouring column edges. */
export function rowBoxes(edges: number[], y: number, h: number): Box[] {
  return edges.slice(1).map((right, i) => ({ x: edges[i] as number, y, w: right - (edges[i] as number), h }));
}

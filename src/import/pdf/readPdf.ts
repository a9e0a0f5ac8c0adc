// Reading a PDF report as text in this thread: its lines in reading order, its ruled tables as
// tab-separated rows, without running headers, footers and page numbers; its Title as metadata. Bad
// input gives a failure. pdfToText runs this in a worker thread (see there why).
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Conversion, OriginalMetadata } from '../conversion.ts';
import type { PageLayout } from './layout.ts';
import { failureOf, openPdf } from './openPdf.ts';
import { pageLayout } from './pageLayout.ts';
import { withoutFurniture } from './pageFurniture.ts';
import { pdfFailures, scannedPages } from './pdfFailures.ts';
import { textFlow } from './textFlow.ts';

const WORDS = /\p{L}/u;
/** A page without text whose images cover this share of it is a scanned page. */
const SCANNED_SHARE = 0.5;

// What word processors put in a Title that is no title: their name, the file's extension.
const TITLE_NOISE = [/^Microsoft Word\s*-\s*/i, /\.(?:docx?|wps|rtf|pdf)$/i];

function titleOf(info: unknown): string | undefined {
  const raw = info && typeof info === 'object' && 'Title' in info ? (info as { Title: unknown }).Title : undefined;
  if (typeof raw !== 'string') return undefined;
  const title = TITLE_NOISE.reduce((t, noise) => t.replace(noise, ''), raw.replace(/\s+/g, ' ').trim()).trim();
  return /[\p{Script=Han}A-Za-z]/u.test(title) ? title : undefined;
}

async function metadataOf(doc: PDFDocumentProxy): Promise<OriginalMetadata> {
  const { info } = await doc.getMetadata();
  const title = titleOf(info);
  return title ? { title } : {};
}

async function layouts(doc: PDFDocumentProxy): Promise<PageLayout[]> {
  const pages: PageLayout[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    pages.push(await pageLayout(page));
    page.cleanup();
  }
  return pages;
}

/** How many pages a PDF has, or null when it cannot be opened (for benchmarks and reports on a file). */
export async function pageCount(bytes: Uint8Array): Promise<number | null> {
  const opened = await openPdf(bytes);
  if (!opened.ok) return null;
  const pages = opened.doc.numPages;
  await opened.close();
  return pages;
}

export async function readPdf(bytes: Uint8Array): Promise<Conversion> {
  const opened = await openPdf(bytes);
  if (!opened.ok) return opened;
  const { doc, close } = opened;
  try {
    const pages = withoutFurniture(await layouts(doc));
    const text = textFlow(pages);
    // Page numbers alone (a scan's pages numbered as text) are no text layer either.
    if (!WORDS.test(text)) return pdfFailures.scanned;
    const scans = pages.flatMap((p, i) => (p.blocks.length === 0 && p.imageShare >= SCANNED_SHARE ? [i + 1] : []));
    if (scans.length > 0) return scannedPages(scans);
    return { ok: true, text, metadata: await metadataOf(doc) };
  } catch (error) {
    return failureOf(error);
  } finally {
    await close();
  }
}

// Opening a PDF with pdf.js in Node: the legacy build, its worker run in this thread, its own CMaps
// and standard fonts read from the package's folder, no network, no fonts handed to a renderer.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type PdfFailure, pdfFailures } from './pdfFailures.ts';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('pdfjs-dist/package.json'));
if (!GlobalWorkerOptions.workerSrc) GlobalWorkerOptions.workerSrc = pathToFileURL(join(packageDir, 'legacy/build/pdf.worker.mjs')).href;

// pdf.js reads these with the file system in Node; the trailing separator is part of its contract.
const CMAP_DIR = `${join(packageDir, 'cmaps')}/`;
const STANDARD_FONT_DIR = `${join(packageDir, 'standard_fonts')}/`;

/** Where a PDF's header must begin and its end-of-file marker end (its specification allows 1024 bytes). */
const HEADER_WITHIN = 1024;
const TRAILER_WITHIN = 2048;

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/** What is wrong with the bytes before pdf.js sees them: empty, no PDF header, no end-of-file marker. */
function precheck(bytes: Uint8Array): PdfFailure | null {
  if (bytes.length === 0) return pdfFailures.empty;
  if (!ascii(bytes, 0, Math.min(bytes.length, HEADER_WITHIN)).includes('%PDF-')) return pdfFailures.notPdf;
  if (!ascii(bytes, Math.max(0, bytes.length - TRAILER_WITHIN), bytes.length).includes('%%EOF')) return pdfFailures.truncated;
  return null;
}

export function failureOf(error: unknown): PdfFailure {
  const name = error instanceof Error ? error.name : '';
  return name === 'PasswordException' ? pdfFailures.encrypted : pdfFailures.damaged;
}

/** An opened document and how to let it go. */
export interface OpenedPdf {
  ok: true;
  doc: PDFDocumentProxy;
  close: () => Promise<void>;
}

/** The opened document, or why it cannot be opened. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf | PdfFailure> {
  const wrong = precheck(bytes);
  if (wrong) return wrong;
  const task = getDocument({
    // A copy: pdf.js may take the buffer over.
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DIR,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  const close = () => task.destroy().catch(() => undefined);
  try {
    return { ok: true, doc: await task.promise, close };
  } catch (error) {
    await close();
    return failureOf(error);
  }
}

// The bundled reports (content/reports) copied twice into a scratch folder: once as they are, once
// with every .txt replaced by a PDF laid out from its text (reportPdf.ts), same names but for .pdf.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeReport } from '../../../src/parser/index.ts';
import { reportPdf } from './reportPdf.ts';

export interface BundledReport {
  /** Path below the reports folder, with .txt. */
  name: string;
  text: string;
  pdf: Uint8Array;
}

export interface PdfSite {
  textDir: string;
  pdfDir: string;
  reports: BundledReport[];
}

export async function pdfSite(bundled: string, work: string): Promise<PdfSite> {
  const textDir = join(work, 'txt', 'reports');
  const pdfDir = join(work, 'pdf', 'reports');
  cpSync(bundled, textDir, { recursive: true });
  cpSync(bundled, pdfDir, { recursive: true });
  const names = readdirSync(bundled, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const reports: BundledReport[] = [];
  for (const name of names) {
    const text = decodeReport(new Uint8Array(readFileSync(join(bundled, name)))).text;
    const pdf = await reportPdf(text);
    const target = join(pdfDir, name.replace(/\.txt$/, '.pdf'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, pdf);
    rmSync(join(pdfDir, name));
    reports.push({ name, text, pdf });
  }
  return { textDir, pdfDir, reports };
}

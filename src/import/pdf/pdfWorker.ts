// The worker thread pdfToText reads PDFs in: one request at a time, each answered with its Conversion.
// pdf.js leaves some promises of a damaged file's page tree rejected with no handler; here they end
// nowhere, instead of as an unhandled rejection in the caller's process.
import { parentPort } from 'node:worker_threads';
import { pdfFailures } from './pdfFailures.ts';
import { readPdf } from './readPdf.ts';

export interface PdfRequest {
  id: number;
  bytes: Uint8Array;
}

process.on('unhandledRejection', () => undefined);

parentPort?.on('message', async ({ id, bytes }: PdfRequest) => {
  const result = await readPdf(bytes).catch(() => pdfFailures.damaged);
  parentPort?.postMessage({ id, result });
});

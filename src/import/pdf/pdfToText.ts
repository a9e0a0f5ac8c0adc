// A published PDF report as text (see readPdf.ts for how it is read), read in a worker thread so
// that nothing pdf.js does with a hostile file reaches the caller: not its unhandled rejections, not
// a file that takes too long or too much memory. One PDF at a time, so a time limit is one file's.
// Always resolves, to the text or to one failure.
import { Worker } from 'node:worker_threads';
import type { Conversion } from '../conversion.ts';
import type { PdfRequest } from './pdfWorker.ts';
import { pdfFailures } from './pdfFailures.ts';

/** How long one PDF may take before it is given up as damaged. */
const TIME_LIMIT_MS = 60_000;
/** The worker's heap: a report's PDF needs far less; a file that needs more is not read. */
const HEAP_MB = 1024;

interface Pending {
  resolve: (result: Conversion) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function settle(id: number, result: Conversion): void {
  const p = pending.get(id);
  if (!p) return;
  clearTimeout(p.timer);
  pending.delete(id);
  p.resolve(result);
  // An idle worker does not keep the process alive.
  if (pending.size === 0) worker?.unref();
}

/** Ends the worker and fails whatever it had not answered. */
function discard(w: Worker, result: Conversion): void {
  if (worker === w) worker = null;
  for (const id of [...pending.keys()]) settle(id, result);
  void w.terminate();
}

function start(): Worker {
  const w = new Worker(new URL('./pdfWorker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  w.on('message', ({ id, result }: { id: number; result: Conversion }) => settle(id, result));
  w.on('error', () => discard(w, pdfFailures.damaged));
  w.on('exit', () => discard(w, pdfFailures.damaged));
  return w;
}

/** Reads one PDF in the worker; resolves when the worker answers, dies or runs out of time. */
function convert(bytes: Uint8Array): Promise<Conversion> {
  return new Promise((resolve) => {
    const id = nextId++;
    try {
      worker ??= start();
      const w = worker;
      w.ref();
      pending.set(id, { resolve, timer: setTimeout(() => discard(w, pdfFailures.tooSlow), TIME_LIMIT_MS) });
      w.postMessage({ id, bytes } satisfies PdfRequest);
    } catch {
      if (pending.has(id)) settle(id, pdfFailures.damaged);
      else resolve(pdfFailures.damaged);
    }
  });
}

let queue: Promise<unknown> = Promise.resolve();

export function pdfToText(bytes: Uint8Array): Promise<Conversion> {
  const result = queue.then(() => convert(bytes));
  queue = result;
  return result;
}

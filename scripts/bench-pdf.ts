// npm run bench:pdf [-- file.pdf] — pdfToText's throughput on a real published PDF (default: corpus
// report 001's original), read BENCH_RUNS times (default 20) one after another in its worker thread,
// after one run that starts the worker. Prints MB/s and pages/s of the median and the fastest run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfToText } from '../src/import/pdf/pdfToText.ts';
import { pageCount } from '../src/import/pdf/readPdf.ts';

const file = process.argv[2] ?? join(import.meta.dirname, '../test/fixtures/originals/001_jiangsu-huaian-hongze-2023.pdf');
const bytes = new Uint8Array(readFileSync(file));
const pages = (await pageCount(bytes)) ?? 0;
const runs = Number(process.env.BENCH_RUNS ?? 20);

const timed = async (): Promise<number> => {
  const start = performance.now();
  const result = await pdfToText(bytes);
  if (!result.ok) throw new Error(`${file}: ${result.code} ${result.message}`);
  return performance.now() - start;
};

const cold = await timed();
const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(await timed());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;
const fastest = times[0] as number;
const rate = (ms: number) => `${(bytes.length / 1e6 / (ms / 1000)).toFixed(2)} MB/s, ${(pages / (ms / 1000)).toFixed(1)} pages/s`;
console.log(`${file}: ${(bytes.length / 1024).toFixed(0)} KiB, ${pages} pages, ${runs} runs`);
console.log(`median ${median.toFixed(1)} ms: ${rate(median)}`);
console.log(`fastest ${fastest.toFixed(1)} ms: ${rate(fastest)}`);
console.log(`first run, starting the worker: ${cold.toFixed(1)} ms`);
console.log(`node ${process.version}, ${process.arch}`);

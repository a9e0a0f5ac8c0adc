// npm run bench:pdf [-- file.pdf] — pdfToText's throughput on a real published PDF (default: corpus
// report 001's original), read BENCH_RUNS times (default 20) one after another in its worker thread,
// after one run that starts the worker. Prints MB/s and pages/s of the median and the fastest run.
// With --build: the bundled reports laid out as PDFs, their round trip text → PDF → text judged by
// their table cells, and the bundled site built from text and from PDFs (scripts/bench/pdf/).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfToText } from '../src/import/pdf/pdfToText.ts';
import { pageCount } from '../src/import/pdf/readPdf.ts';
import { REPO } from './bench/build/runBuild.ts';
import { buildTimes } from './bench/pdf/buildTimes.ts';
import { pdfSite } from './bench/pdf/pdfSite.ts';
import { roundTrip } from './bench/pdf/roundTrip.ts';

const args = process.argv.slice(2);
const build = args.includes('--build');
const files = args.filter((a) => a !== '--build');
if (files.length > 1 || files.some((f) => f.startsWith('-'))) {
  console.error('用法：npm run bench:pdf -- [文件.pdf] [--build]');
  console.error('  --build  把随附报告排成 PDF，检查往返后的表格单元格，并分别从文本和 PDF 各构建站点两次');
  process.exit(2);
}

const file = files[0] ?? join(REPO, 'test/fixtures/originals/001_jiangsu-huaian-hongze-2023.pdf');
const bytes = new Uint8Array(readFileSync(file));
const pages = (await pageCount(bytes)) ?? 0;
const runs = Number(process.env.BENCH_RUNS ?? 20);

const timed = async (): Promise<number> => {
  const start = performance.now();
  const result = await pdfToText(bytes);
  if (!result.ok) throw new Error(`${file}: ${result.code} ${result.message}`);
  return performance.now() - start;
};

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
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

if (build) {
  const work = mkdtempSync(join(tmpdir(), 'nianbao-bench-pdf-'));
  const site = await pdfSite(join(REPO, 'content/reports'), work);
  const kib = site.reports.reduce((sum, r) => sum + r.pdf.length, 0) / 1024;
  let sitePages = 0;
  for (const r of site.reports) sitePages += (await pageCount(r.pdf)) ?? 0;
  console.log(`随附报告 ${site.reports.length} 份排成 PDF，共 ${kib.toFixed(0)} KiB、${sitePages} 页`);
  const differing = await roundTrip(site.reports);
  console.log(`往返后表格单元格不同的报告：${differing} 份`);
  await buildTimes({ txt: site.textDir, pdf: site.pdfDir }, work);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  rmSync(work, { recursive: true, force: true });
}

// Recall as a property: for randomly chosen reports and randomly chosen pieces of their searchable
// text (2–12 characters: any, Han, digits, Latin, mixed, and pieces that span a line break of the
// source file), the search lists that report. The site is built as a reader gets it: the bundled
// reports, ../shared/corpus and 1,000 generated reports, in several index shards. Each query runs in
// a Pagefind freshly loaded, as a reader's first search does (what an earlier query loaded cannot
// hide a miss), and walks the shards as the search page does (in worker threads,
// test/support/recallWorker.ts). Cases come from a fixed seed.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generator/corpus.ts';
import { readSources } from '../../scripts/bench/generator/sources.ts';
import { writeCorpus } from '../../scripts/bench/generator/writeCorpus.ts';
import { type StaticServer, startStaticServer } from '../../scripts/tools/staticServer.ts';
import type { PagefindRecord } from '../../src/search/findReports.ts';
import { searchableText } from '../../src/search/searchRecords.ts';
import { containsQuery } from '../../src/search/searchText.ts';
import { directoryBuckets } from '../../src/search/shardDirectory.ts';
import { type PagefindModule, loadShardedIndex } from '../../src/search/shardedIndex.ts';
import { REPO, buildSite, buildWorkDir } from '../support/buildSite.ts';
import { catalogOfFolder, copyBundledAndCorpus } from '../support/searchTestSite.ts';
import type { RecallBatch } from '../support/recallWorker.ts';

const SEED = 20261203;
const CASES = 1200;
const GENERATED = 1000;

interface Target {
  id: string;
  /** The report's text as search reads it, and its source file's lines. */
  text: string;
  lines: string[];
  /** Pagefind's id for the report, and its stored record. */
  pageId: string;
  record: PagefindRecord;
}

type Kind = 'any' | 'han' | 'digits' | 'latin' | 'mixed' | 'lineBreak';
const KINDS: Kind[] = ['any', 'han', 'digits', 'latin', 'mixed', 'lineBreak'];

const work = buildWorkDir('test-recall-property-');
const reportsDir = join(work, 'reports');
const outDir = join(work, 'dist');
let server: StaticServer;
let shards = 1;
let buckets = 1;
const targets: Target[] = [];

/** Pagefind with every shard merged: to learn each report's id and stored record. */
async function wholeIndex(): Promise<PagefindModule> {
  const pagefind = (await import(pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href)) as PagefindModule;
  const index = await loadShardedIndex(pagefind, `${server.url}pagefind/`, '/', shards, buckets);
  for (let shard = 1; shard < index.total; shard++) await index.merge(shard);
  return pagefind;
}

beforeAll(async () => {
  copyBundledAndCorpus(reportsDir);
  const generated = join(work, 'generated');
  const corpus = generateCorpus({ reports: GENERATED, seed: 'recall-property', sources: readSources() });
  writeCorpus(generated, corpus, 'recall-property');
  cpSync(join(generated, 'reports'), join(reportsDir, 'generated'), { recursive: true });
  // One registry for both: the bundled bodies and the generated province's.
  const registryFile = join(work, 'agencies.yaml');
  writeFileSync(
    registryFile,
    `${readFileSync(join(REPO, 'content/agencies.yaml'), 'utf8')}\n${readFileSync(join(generated, 'agencies.yaml'), 'utf8')}`,
  );

  await buildSite({
    outDir,
    basePath: '/',
    logFile: join(work, 'build.log'),
    timeoutMs: 600_000,
    env: { REPORTS_DIR: reportsDir, AGENCIES_FILE: registryFile },
  });
  server = await startStaticServer({ root: outDir });
  shards = 1 + readdirSync(join(outDir, 'pagefind')).filter((d) => /^shard-\d+$/.test(d)).length;

  // Each report's searchable text, from its file; the same catalog as the build's.
  const { catalog, sources } = catalogOfFolder(reportsDir, registryFile);
  buckets = directoryBuckets(catalog.reports.length);

  // Every report's Pagefind id and stored record: every record has a format filter.
  const pagefind = await wholeIndex();
  const stored = new Map<string, { pageId: string; record: PagefindRecord }>();
  for (const format of Object.keys((await pagefind.filters()).format ?? {})) {
    const found = await pagefind.search(null as unknown as string, { filters: { format: [format] } });
    for (const result of found?.results ?? []) {
      const record = await result.data();
      stored.set(decodeURIComponent(record.url), { pageId: result.id, record });
    }
  }
  for (const r of catalog.reports) {
    const page = stored.get(`/reports/${r.id}/`);
    if (!page) throw new Error(`报告 ${r.id} 不在搜索索引中`);
    targets.push({ id: r.id, text: searchableText(r), lines: (sources.get(r.id) ?? '').split(/\r?\n/), ...page });
  }
}, 900_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const WORD_CHAR = /[\p{L}\p{N}]/u;
const KIND_START: Record<Exclude<Kind, 'lineBreak'>, RegExp> = {
  any: WORD_CHAR,
  han: /\p{Script=Han}/u,
  digits: /\p{N}/u,
  latin: /[a-zA-Z]/,
  mixed: /\p{N}/u,
};

/** A piece of a text at a place of the wanted kind, or null when the text has no such place. */
function pieceOf(text: string, kind: Exclude<Kind, 'lineBreak'>, at: number, length: number): string | null {
  const chars = [...text];
  const starts: number[] = [];
  for (const [i, c] of chars.entries()) if (KIND_START[kind].test(c)) starts.push(i);
  if (starts.length === 0) return null;
  let start = starts[at % starts.length] as number;
  // A mixed piece starts a little before its digit, so that it holds characters of both kinds.
  if (kind === 'mixed') start = Math.max(0, start - Math.max(1, Math.floor(length / 2)));
  const piece = chars.slice(start, start + length).join('');
  return WORD_CHAR.test(piece) ? piece : null;
}

/** A piece that spans a line break of the source file and stands in the searchable text. */
function lineBreakPiece(target: Target, at: number, length: number): string | null {
  const breaks: number[] = [];
  for (let i = 0; i + 1 < target.lines.length; i++) {
    if (/[\p{L}\p{N}]$/u.test(target.lines[i]?.trimEnd() ?? '') && /^[\p{L}\p{N}]/u.test(target.lines[i + 1]?.trimStart() ?? ''))
      breaks.push(i);
  }
  for (let k = 0; k < breaks.length; k++) {
    const line = breaks[(at + k) % breaks.length] as number;
    const before = [...(target.lines[line]?.trimEnd() ?? '')];
    const after = [...(target.lines[line + 1]?.trimStart() ?? '')];
    const left = Math.min(before.length, Math.max(1, Math.floor(length / 2)));
    const piece = before.slice(before.length - left).join('') + after.slice(0, length - left).join('');
    if (containsQuery(target.text, piece)) return piece;
  }
  return null;
}

interface Case {
  target: Target;
  kind: Kind;
  query: string;
}

function cases(): Case[] {
  const draws = fc.sample(
    fc.record({
      report: fc.nat(),
      kind: fc.constantFrom(...KINDS),
      at: fc.nat(),
      length: fc.integer({ min: 2, max: 12 }),
    }),
    { seed: SEED, numRuns: CASES * 3 },
  );
  const out: Case[] = [];
  for (const d of draws) {
    if (out.length === CASES) break;
    // Look for a report with a place of the wanted kind, starting at the drawn one.
    for (let k = 0; k < targets.length; k++) {
      const target = targets[(d.report + k) % targets.length] as Target;
      const query = d.kind === 'lineBreak' ? lineBreakPiece(target, d.at, d.length) : pieceOf(target.text, d.kind, d.at, d.length);
      if (query !== null) {
        out.push({ target, kind: d.kind, query });
        break;
      }
    }
  }
  return out;
}

const BATCH = 25;

/** Runs the cases in worker threads, a batch each, two at a time; says for each case whether it was listed. */
async function listedAll(all: Case[]): Promise<boolean[]> {
  const batches: Case[][] = [];
  for (let i = 0; i < all.length; i += BATCH) batches.push(all.slice(i, i + BATCH));
  const results: boolean[][] = new Array(batches.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < batches.length) {
      const b = next++;
      const data: RecallBatch = {
        siteUrl: server.url,
        pagefindModule: pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href,
        shards,
        buckets,
        cases: (batches[b] as Case[]).map((c) => ({ query: c.query, pageId: c.target.pageId, record: c.target.record })),
      };
      results[b] = await new Promise<boolean[]>((resolve, reject) => {
        const worker = new Worker(new URL('../support/recallWorker.ts', import.meta.url), { workerData: data });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`recall worker exited with ${code}`))));
      });
    }
  };
  await Promise.all([run(), run()]);
  return results.flat();
}

describe('search recall as a property', () => {
  it(`lists the report for ${CASES} pieces of reports' text, every kind`, async () => {
    expect(targets.length).toBeGreaterThanOrEqual(GENERATED + 14);
    expect(shards).toBeGreaterThan(1);
    const all = cases();
    expect(all.length).toBe(CASES);
    const perKind = new Map<Kind, { cases: number; missed: number }>(KINDS.map((k) => [k, { cases: 0, missed: 0 }]));
    const misses: string[] = [];
    const listed = await listedAll(all);
    for (const [i, c] of all.entries()) {
      const tally = perKind.get(c.kind) as { cases: number; missed: number };
      tally.cases++;
      if (listed[i]) continue;
      tally.missed++;
      misses.push(`${c.kind} ${JSON.stringify(c.query)} → ${c.target.id}`);
    }
    console.log(
      [
        `recall: ${all.length - misses.length}/${all.length} (seed ${SEED}, ${targets.length} reports, ${shards} index shards)`,
        ...[...perKind].map(([k, t]) => `  ${k}: ${t.cases - t.missed}/${t.cases}`),
        ...misses.slice(0, 30).map((m) => `  missed ${m}`),
      ].join('\n'),
    );
    for (const [kind, tally] of perKind) expect(tally.cases, `${kind} cases`).toBeGreaterThanOrEqual(100);
    expect(misses).toEqual([]);
  }, 1_800_000);
});

// Recall: for every query, the reports the search returns are exactly the reports whose searchable
// text (prose and the words its tables print) contains it — computed here straight from the report
// files, without Pagefind. The site is built from the bundled reports plus the test corpus.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, buildSite, buildWorkDir } from '../support/buildSite.ts';
import { catalogOfFolder, copyBundledAndCorpus } from '../support/searchTestSite.ts';
import { type StaticServer, startStaticServer } from '../../scripts/tools/staticServer.ts';
import { searchableText } from '../../src/search/searchRecords.ts';
import { containsQuery } from '../../src/search/searchText.ts';
import { findReports } from '../../src/search/findReports.ts';
import { type PagefindModule, loadShardedIndex } from '../../src/search/shardedIndex.ts';
import { RECALL_QUERIES } from './queries.ts';

const work = buildWorkDir('test-recall-');
const reportsDir = join(work, 'reports');
const outDir = join(work, 'dist');
let server: StaticServer;
let pagefind: PagefindModule;
let expectedTexts: Map<string, string>;

beforeAll(async () => {
  copyBundledAndCorpus(reportsDir);
  await buildSite({ outDir, basePath: '/', logFile: join(work, 'build.log'), env: { REPORTS_DIR: reportsDir } });
  server = await startStaticServer({ root: outDir });
  pagefind = (await import(pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href)) as PagefindModule;
  await loadShardedIndex(pagefind, `${server.url}pagefind/`, '/', 1, 1);

  // What each report's searchable text is, from the files themselves.
  const { catalog } = catalogOfFolder(reportsDir, join(REPO, 'content/agencies.yaml'));
  expectedTexts = new Map(catalog.reports.map((r) => [r.id, searchableText(r)]));
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const idOf = (url: string) =>
  decodeURIComponent(new URL(url, 'http://x').pathname)
    .replace(/^\/reports\//, '')
    .replace(/\/$/, '');
const summary: { query: string; expected: number; candidates: number; returned: number }[] = [];

describe('search recall over the bundled and corpus reports', () => {
  it('indexes every report of the test site', () => {
    expect(expectedTexts.size).toBe(14);
    expect(statSync(join(outDir, 'pagefind/pagefind.js')).isFile()).toBe(true);
  });

  it('has at least 30 queries', () => {
    expect(RECALL_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  for (const query of RECALL_QUERIES) {
    it(`returns exactly the reports that contain “${query}”`, async () => {
      const expected = [...expectedTexts]
        .filter(([, text]) => containsQuery(text, query))
        .map(([id]) => id)
        .sort();
      const { candidates, hits } = await findReports(pagefind, query);
      const returned = hits.map((h) => idOf(h.url)).sort();
      summary.push({ query, expected: expected.length, candidates, returned: returned.length });
      expect(returned).toEqual(expected);
    });
  }

  it('reports recall and the index’s own precision', () => {
    const candidates = summary.reduce((n, s) => n + s.candidates, 0);
    const confirmed = summary.reduce((n, s) => n + s.returned, 0);
    const expected = summary.reduce((n, s) => n + s.expected, 0);
    console.log(
      [
        `recall: ${confirmed}/${expected} expected reports returned over ${summary.length} queries`,
        `precision before confirmation (Pagefind candidates): ${confirmed}/${candidates} = ${((100 * confirmed) / Math.max(1, candidates)).toFixed(1)}%`,
        'precision after confirmation: 100% by construction (each hit is read back and checked)',
        ...summary.map((s) => `  ${s.query}: expected ${s.expected}, candidates ${s.candidates}, returned ${s.returned}`),
      ].join('\n'),
    );
    expect(confirmed).toBe(expected);
  });
});

// The downloads as the built site serves them, from the domain root and from a sub-path: every JSON
// validates against the JSON Schema the site publishes and against the zod schemas; each per-year CSV
// starts with a UTF-8 BOM, reads back to the numbers of the reports' own JSON, and its .csv.gz unpacks
// to it; reports.csv states each report's source once; only the build-wide files carry the build time.
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCsvObjects } from '../../src/data/csv.ts';
import { dataUrls } from '../../src/data/dataUrls.ts';
import { REPORTS_HEADER } from '../../src/data/reportsCsv.ts';
import { BULK_KINDS, type BulkKind, bulkHeader } from '../../src/data/yearFiles.ts';
import { type PublishedReport, publishedReportSchema, reportsDocumentSchema, type ReportsDocument } from '../../src/data/schema.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { fetchPage, linksInHtml } from '../support/links.ts';
import { type SiteName, describeInBrowser, pageUrl, site } from '../support/site.ts';

async function get(name: SiteName, path: string): Promise<Response> {
  const response = await fetch(pageUrl(site(name), path), { signal: AbortSignal.timeout(15_000) });
  expect(response.status, `${path} is served`).toBe(200);
  return response;
}

const json = async (name: SiteName, path: string): Promise<unknown> => (await get(name, path)).json();
const bytes = async (name: SiteName, path: string): Promise<Buffer> => Buffer.from(await (await get(name, path)).arrayBuffer());
const valueOf = (field: string | undefined): number | null => (field === '' || field === undefined ? null : Number(field));

const FILE_OF_TABLE = {
  applications: 'applications',
  proactive: 'proactive',
  reviewLitigation: 'review-litigation',
  legacyStatistics: 'legacy-statistics',
} as const;

/** The per-year files the reports call for: a table's file for each year with a report that has it, and checks. */
function expectedFiles(doc: ReportsDocument): string[] {
  const names = new Set<string>();
  for (const r of doc.reports) {
    const year = r.year === null ? 'unknown-year' : String(r.year);
    for (const t of r.tables) names.add(`${FILE_OF_TABLE[t]}-${year}`);
    if (r.checkCounts.pass + r.checkCounts.fail + r.checkCounts.uncheckable > 0) names.add(`checks-${year}`);
  }
  return [...names].sort();
}

describeInBrowser('the open data downloads', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  for (const name of ['root', 'sub'] as const) {
    describe(`(${name} build)`, () => {
      it('serve reports.json, a light index that the published JSON Schema and the zod schema both accept', async () => {
        const schema = z.fromJSONSchema((await json(name, dataUrls.reportsSchema())) as never);
        const doc = await json(name, dataUrls.reports());
        expect(schema.safeParse(doc).success).toBe(true);
        expect(reportsDocumentSchema.parse(doc)).toEqual(doc);
        expect((doc as ReportsDocument).count).toBeGreaterThanOrEqual(5);
        expect((doc as ReportsDocument).reports.every((r) => !('applications' in r) && !('checks' in r))).toBe(true);
      });

      it('serve one minified JSON per report at data/reports/<id>.json that both schemas accept', async () => {
        const schema = z.fromJSONSchema((await json(name, dataUrls.reportSchema())) as never);
        const doc = (await json(name, dataUrls.reports())) as ReportsDocument;
        for (const entry of doc.reports) {
          const text = await (await get(name, dataUrls.report(entry.id))).text();
          expect(text.trimEnd().includes('\n'), `${entry.id}.json is minified`).toBe(false);
          const report = JSON.parse(text) as PublishedReport;
          expect(schema.safeParse(report).success, `${entry.id}.json`).toBe(true);
          expect(publishedReportSchema.parse(report)).toEqual(report);
          expect(report.links).toEqual(entry.links);
          expect(report.source).toEqual(entry.source);
          expect(report.checks.filter((c) => c.status === 'fail')).toHaveLength(entry.checkCounts.fail);
        }
      });
    });
  }

  it('serve JSON Schemas that say which address they describe and refuse a cell holding text', async () => {
    const schemaJson = (await json('sub', dataUrls.reportSchema())) as { $id: string };
    expect(schemaJson.$id).toMatch(/\/nianbao\/data\/report\.schema\.json$/);
    const doc = (await json('root', dataUrls.reports())) as ReportsDocument;
    const id = doc.reports.find((r) => r.tables.includes('applications'))!.id;
    const report = (await json('root', dataUrls.report(id))) as { applications: Record<string, Record<string, unknown>> };
    report.applications['received']!['total'] = 'eleven';
    expect(z.fromJSONSchema(schemaJson as never).safeParse(report).success).toBe(false);
  });

  it('serve every per-year CSV in UTF-8 with a BOM, reading back to the reports’ own JSON, with a .csv.gz that unpacks to it', async () => {
    const doc = (await json('root', dataUrls.reports())) as ReportsDocument;
    const reports = new Map<string, PublishedReport>();
    for (const r of doc.reports) reports.set(r.id, (await json('root', dataUrls.report(r.id))) as PublishedReport);
    const seen = { applications: 0, proactive: 0, reviewLitigation: 0, legacyStatistics: 0, checks: 0 };
    for (const file of expectedFiles(doc)) {
      const raw = await bytes('root', dataUrls.bulkCsv(file));
      expect([...raw.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
      expect(gunzipSync(await bytes('root', dataUrls.bulkCsvGz(file))).equals(raw), `${file}.csv.gz`).toBe(true);
      const rows = parseCsvObjects(raw.toString('utf8'));
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) {
        const report = reports.get(row['report_id'] ?? '')!;
        expect(report, `report ${row['report_id']}`).toBeDefined();
        expect(String(report.year ?? '')).toBe(row['year']);
        expect(Object.keys(row).some((k) => k === 'source_sha256' || k === 'source_path')).toBe(false);
        if (file.startsWith('checks-')) {
          seen.checks++;
          expect(
            report.checks.some((c) => c.rule === row['rule'] && c.status === row['status'] && (c.subject ?? '') === row['subject']),
          ).toBe(true);
        } else if (file.startsWith('legacy-statistics-')) {
          seen.legacyStatistics++;
          const line = report.legacyStatistics!.find((x) => x.line === Number(row['source_line']))!;
          expect(row['column'] === '统计数' ? line.value : line.extra?.find((e) => e.label === row['column'])?.value).toBe(
            valueOf(row['value']),
          );
        } else {
          const table = (['applications', 'proactive', 'reviewLitigation'] as const).find((t) => file.startsWith(`${FILE_OF_TABLE[t]}-`))!;
          seen[table]++;
          const cells = (report[table] as Record<string, Record<string, number | null>>)[row['row_key']!]!;
          for (const [column, value] of Object.entries(cells))
            expect(valueOf(row[column]), `${row['report_id']} ${row['row_key']}.${column}`).toBe(value);
        }
      }
    }
    const expectedRows = {
      applications: [...reports.values()].reduce((n, r) => n + Object.keys(r.applications ?? {}).length, 0),
      reviewLitigation: [...reports.values()].reduce((n, r) => n + Object.keys(r.reviewLitigation ?? {}).length, 0),
      checks: [...reports.values()].reduce((n, r) => n + r.checks.length, 0),
    };
    expect(seen).toMatchObject(expectedRows);
    expect(seen.proactive).toBeGreaterThan(0);
    expect(seen.legacyStatistics).toBeGreaterThan(0);
  });

  it('serve reports.csv with one row per report and its source, and reports.csv.gz that unpacks to it', async () => {
    const raw = await bytes('root', dataUrls.reportsCsv());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(gunzipSync(await bytes('root', `${dataUrls.reportsCsv()}.gz`)).equals(raw)).toBe(true);
    const doc = (await json('root', dataUrls.reports())) as ReportsDocument;
    expect(
      parseCsvObjects(raw.toString('utf8')).map((r) => [r['report_id'], r['source_path'], r['source_sha256'], Number(r['checks_fail'])]),
    ).toEqual(doc.reports.map((r) => [r.id, r.source.path, r.source.sha256, r.checkCounts.fail]));
  });

  it('carry one build time in the build-wide JSON only, the version in every report’s, and every source hash in provenance.json', async () => {
    const provenance = (await json('root', dataUrls.provenance())) as {
      nianbaoVersion: string;
      builtAt: string;
      sources: { sha256: string }[];
    };
    expect(provenance.builtAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const doc = (await json('root', dataUrls.reports())) as ReportsDocument;
    for (const p of [doc.provenance, ((await json('root', dataUrls.compareJson())) as { provenance: unknown }).provenance]) {
      expect(p).toEqual({ nianbaoVersion: provenance.nianbaoVersion, builtAt: provenance.builtAt });
    }
    for (const r of doc.reports) {
      const text = await (await get('root', dataUrls.report(r.id))).text();
      expect(JSON.parse(text).provenance).toEqual({ nianbaoVersion: provenance.nianbaoVersion });
      expect(text).not.toContain(provenance.builtAt);
    }
    expect(provenance.sources.map((s) => s.sha256).sort()).toEqual(doc.reports.map((r) => r.source.sha256).sort());
  });

  it('list every download on a small data page, whose links all work under a sub-path, with no script of its own', async () => {
    const doc = (await json('sub', dataUrls.reports())) as ReportsDocument;
    const w = await openPage(browser, pageUrl(site('sub'), dataUrls.index()));
    try {
      const html = await w.page.content();
      expect(Buffer.byteLength(html)).toBeLessThan(200_000);
      // The header's script (body suggestions) is on every page; the data page adds none.
      const scripts = (page: typeof w.page) =>
        page.locator('script[type="module"]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
      const about = await openPage(browser, pageUrl(site('sub'), 'about/'));
      try {
        expect(await scripts(w.page)).toEqual(await scripts(about.page));
      } finally {
        await about.close();
      }
      const links = (await linksInHtml(w.page, html, w.page.url())).filter(
        (l) => l.via === 'a[href]' && l.url.startsWith(site('sub').origin),
      );
      const targets = [...new Set(links.map((l) => l.url))];
      const files = ['reports.json', 'reports.csv', 'report.schema.json', 'reports.schema.json', 'provenance.json'];
      for (const f of expectedFiles(doc)) files.push(`${f}.csv`, `${f}.csv.gz`);
      for (const file of files)
        expect(
          targets.some((t) => t.endsWith(`/nianbao/data/${file}`)),
          file,
        ).toBe(true);
      expect(targets.filter((t) => /\/data\/reports\/.+\.json$/.test(t)).length).toBeLessThanOrEqual(1);
      for (const url of targets) expect((await fetchPage(url)).status, url).toBe(200);
      const documented = new Set(await w.page.locator('dl.columns code').allTextContents());
      for (const column of [...REPORTS_HEADER, ...(Object.keys(BULK_KINDS) as BulkKind[]).flatMap((k) => bulkHeader(k))]) {
        expect(documented.has(column), `column ${column} is explained`).toBe(true);
      }
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });
});

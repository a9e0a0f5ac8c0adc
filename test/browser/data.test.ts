// The downloads as the built site serves them, from the domain root and from a sub-path: every JSON
// validates against the JSON Schema the site publishes and against the zod schemas; every CSV starts
// with a UTF-8 BOM and reads back to the numbers of reports.json; one build, one timestamp.
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCsvObjects } from '../../src/data/csv.ts';
import { TABLE_CSV_FILES, dataUrls } from '../../src/data/dataUrls.ts';
import { publishedReportSchema, reportsDocumentSchema, type ReportsDocument } from '../../src/data/schema.ts';
import type { TableName } from '../../src/parser/types.ts';
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

/** The cells of a report's table as `row|column` → value, from reports.json. */
function cellsOf(report: ReportsDocument['reports'][number], table: Exclude<TableName, 'legacyStatistics'>): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const [row, columns] of Object.entries((report[table] ?? {}) as Record<string, Record<string, number | null>>)) {
    for (const [column, value] of Object.entries(columns)) cells.set(`${row}|${column}`, value);
  }
  return cells;
}

describeInBrowser('the open data downloads', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  for (const name of ['root', 'sub'] as const) {
    describe(`(${name} build)`, () => {
      it('serve reports.json so that the published JSON Schema and the zod schema both accept it', async () => {
        const schema = z.fromJSONSchema((await json(name, dataUrls.reportsSchema())) as never);
        const doc = await json(name, dataUrls.reports());
        expect(schema.safeParse(doc).success).toBe(true);
        expect(reportsDocumentSchema.parse(doc)).toEqual(doc);
        expect((doc as ReportsDocument).count).toBeGreaterThanOrEqual(5);
      });

      it('serve one JSON per report at data/reports/<id>.json that both schemas accept', async () => {
        const schema = z.fromJSONSchema((await json(name, dataUrls.reportSchema())) as never);
        const doc = (await json(name, dataUrls.reports())) as ReportsDocument;
        for (const summary of doc.reports) {
          const report = await json(name, dataUrls.report(summary.id));
          expect(schema.safeParse(report).success, `${summary.id}.json`).toBe(true);
          expect(publishedReportSchema.parse(report)).toEqual(report);
          expect((report as { applications: unknown }).applications).toEqual(summary.applications);
        }
      });
    });
  }

  it('serve JSON Schemas that say which address they describe and refuse a cell holding text', async () => {
    const schemaJson = (await json('sub', dataUrls.reportSchema())) as { $id: string };
    expect(schemaJson.$id).toMatch(/\/nianbao\/data\/report\.schema\.json$/);
    const doc = (await json('root', dataUrls.reports())) as ReportsDocument;
    const id = doc.reports.find((r) => r.applications !== null)!.id;
    const report = (await json('root', dataUrls.report(id))) as { applications: Record<string, Record<string, unknown>> };
    report.applications['received']!['total'] = 'eleven';
    expect(z.fromJSONSchema(schemaJson as never).safeParse(report).success).toBe(false);
  });

  for (const [table, file] of Object.entries(TABLE_CSV_FILES) as [TableName, string][]) {
    it(`serve ${file} in UTF-8 with a BOM, reading back to the numbers of reports.json`, async () => {
      const raw = await bytes('root', dataUrls.tableCsv(table));
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsvObjects(raw.toString('utf8'));
      const doc = (await json('root', dataUrls.reports())) as ReportsDocument;
      const byId = new Map(doc.reports.map((r) => [r.id, r]));
      if (table === 'legacyStatistics') {
        const written = doc.reports.flatMap((r) => (r.legacyStatistics ?? []).filter((x) => x.unit !== null || x.value !== null).map((x) => [r.id, x.line, x.value]));
        expect(rows.filter((x) => x['column_key'] === '统计数').map((x) => [x['report_id'], Number(x['source_line']), x['value'] === '' ? null : Number(x['value'])])).toEqual(written);
        return;
      }
      const expected = doc.reports.reduce((n, r) => n + cellsOf(r, table).size, 0);
      expect(rows).toHaveLength(expected);
      for (const row of rows) {
        const report = byId.get(row['report_id'] ?? '')!;
        expect(report, `report ${row['report_id']}`).toBeDefined();
        const value = cellsOf(report, table).get(`${row['row_key']}|${row['column_key']}`);
        expect(row['value'] === '' ? null : Number(row['value'])).toBe(value);
        expect(row['source_sha256']).toBe(report.source.sha256);
      }
    });
  }

  it('serve checks.csv with every check of reports.json', async () => {
    const raw = await bytes('root', dataUrls.checksCsv());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsvObjects(raw.toString('utf8'));
    const doc = (await json('root', dataUrls.reports())) as ReportsDocument;
    expect(rows.map((x) => [x['report_id'], x['rule'], x['status']])).toEqual(doc.reports.flatMap((r) => r.checks.map((c) => [r.id, c.rule, c.status])));
  });

  it('carry one nianbao version and one build time in every JSON of a build, and every source hash in provenance.json', async () => {
    const provenance = (await json('root', dataUrls.provenance())) as { nianbaoVersion: string; builtAt: string; sources: { sha256: string }[] };
    expect(provenance.builtAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const doc = (await json('root', dataUrls.reports())) as ReportsDocument;
    const stamps = [doc.provenance, ((await json('root', dataUrls.compareJson())) as { provenance: unknown }).provenance];
    for (const r of doc.reports) stamps.push(((await json('root', dataUrls.report(r.id))) as { provenance: unknown }).provenance);
    for (const p of stamps) expect(p).toEqual({ nianbaoVersion: provenance.nianbaoVersion, builtAt: provenance.builtAt });
    expect(provenance.sources.map((s) => s.sha256).sort()).toEqual(doc.reports.map((r) => r.source.sha256).sort());
  });

  it('list every download on the data page, whose links all work under a sub-path, with no script of its own', async () => {
    const w = await openPage(browser, pageUrl(site('sub'), dataUrls.index()));
    try {
      const html = await w.page.content();
      expect(await w.page.locator('script[type="module"]').count()).toBe(0);
      const links = (await linksInHtml(w.page, html, w.page.url())).filter((l) => l.via === 'a[href]' && l.url.startsWith(site('sub').origin));
      const targets = [...new Set(links.map((l) => l.url))];
      for (const file of ['reports.json', 'applications.csv', 'checks.csv', 'report.schema.json', 'provenance.json']) {
        expect(targets.some((t) => t.endsWith(`/nianbao/data/${file}`)), file).toBe(true);
      }
      for (const url of targets) expect((await fetchPage(url)).status, url).toBe(200);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
    } finally {
      await w.close();
    }
  });
});

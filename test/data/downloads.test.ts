// The downloads made from the bundled reports: the JSON documents validate against the zod schemas
// and against the JSON Schema generated from them; every CSV reads back to the reports' numbers;
// checks.csv has every rule result, those across years included; all carry the same provenance.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCsvObjects } from '../../src/data/csv.ts';
import { buildTimestamp } from '../../src/data/buildInfo.ts';
import { compareData } from '../../src/data/compareData.ts';
import { provenanceManifest } from '../../src/data/provenanceManifest.ts';
import { publishedReport, reportsDocument } from '../../src/data/publishedReport.ts';
import { jsonSchemaOf, publishedReportSchema, reportsDocumentSchema } from '../../src/data/schema.ts';
import { tidyCells } from '../../src/data/tidy.ts';
import { CHECKS_HEADER, TIDY_HEADER, checksCsv, tidyCsv } from '../../src/data/tidyCsv.ts';
import { TIDY_TABLES } from '../../src/data/tidy.ts';
import type { DataReport } from '../../src/data/types.ts';
import { bundledCatalog } from './bundledCatalog.ts';

const provenance = { nianbaoVersion: '1.2.3', builtAt: '2025-01-31T08:00:00Z' };
const SITE = 'https://gk.example.gov.cn/nianbao/';
/** What a download holds once written and read back. */
const asDownloaded = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('the JSON downloads', () => {
  const reports = bundledCatalog().reports;
  const reportJsonSchema = z.fromJSONSchema(jsonSchemaOf(publishedReportSchema, `${SITE}data/report.schema.json`, 't', 'd') as never);
  const reportsJsonSchema = z.fromJSONSchema(jsonSchemaOf(reportsDocumentSchema, `${SITE}data/reports.schema.json`, 't', 'd') as never);

  it('are made from every bundled report', () => {
    expect(reports.length).toBeGreaterThanOrEqual(5);
  });

  it('give each report a JSON that the zod schema accepts without dropping a field', () => {
    for (const r of reports) {
      const json = asDownloaded(publishedReport(r, provenance, SITE));
      expect(publishedReportSchema.parse(json)).toEqual(json);
    }
  });

  it('give each report a JSON that the generated JSON Schema accepts', () => {
    for (const r of reports) expect(reportJsonSchema.safeParse(asDownloaded(publishedReport(r, provenance, SITE))).success).toBe(true);
  });

  it('give reports.json that both schemas accept, with every table, check and diagnostic but no text blocks', () => {
    const json = asDownloaded(reportsDocument(reports, provenance, SITE)) as z.infer<typeof reportsDocumentSchema>;
    expect(reportsDocumentSchema.parse(json)).toEqual(json);
    expect(reportsJsonSchema.safeParse(json).success).toBe(true);
    expect(json.count).toBe(reports.length);
    json.reports.forEach((summary, i) => {
      const r = reports[i]!;
      expect(summary.applications).toEqual(r.data.applications);
      expect(summary.proactive).toEqual(r.data.proactive);
      expect(summary.reviewLitigation).toEqual(r.data.reviewLitigation);
      expect(summary.legacyStatistics).toEqual(r.data.legacyStatistics);
      expect(summary.diagnostics).toEqual(r.data.diagnostics);
      expect(summary.checks).toHaveLength(r.data.checks.length + r.crossYear.length);
      expect(summary).not.toHaveProperty('preamble');
      expect(summary.sections.every((s) => !('blocks' in s))).toBe(true);
    });
  });

  it('are refused by both schemas when a cell holds text instead of a number', () => {
    const r = reports.find((x) => x.data.applications !== null)!;
    const json = asDownloaded(publishedReport(r, provenance, SITE)) as { applications: Record<string, Record<string, unknown>> };
    json.applications['received']!['total'] = '11';
    expect(publishedReportSchema.safeParse(json).success).toBe(false);
    expect(reportJsonSchema.safeParse(json).success).toBe(false);
  });

  it('lead back to the source: path, SHA-256, version and build time, and links to the page and the file', () => {
    const r = reports[0]!;
    const json = publishedReport(r, provenance, SITE);
    expect(json.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.source.path).toBe(`content/reports/${r.id}.txt`);
    expect(json.provenance).toEqual(provenance);
    expect(json.links).toEqual({
      page: `${SITE}reports/${r.id}/`,
      source: `${SITE}sources/${r.id}.txt`,
      json: `${SITE}data/reports/${r.id}.json`,
    });
  });

  it('generate the JSON Schema from the zod schemas, with its own address and the spec’s fields', () => {
    const schema = jsonSchemaOf(publishedReportSchema, `${SITE}data/report.schema.json`, 't', 'd') as { $id: string; $schema: string; required: string[] };
    expect(schema.$id).toBe(`${SITE}data/report.schema.json`);
    expect(schema.$schema).toContain('2020-12');
    for (const field of ['agency', 'year', 'format', 'title', 'publishedOn', 'sections', 'proactive', 'applications', 'reviewLitigation', 'legacyStatistics', 'checks', 'diagnostics', 'source', 'provenance']) {
      expect(schema.required).toContain(field);
    }
  });
});

describe('the CSV downloads', () => {
  const reports = bundledCatalog().reports;

  for (const table of TIDY_TABLES) {
    it(`read back, for ${table}, to exactly the reports’ cells (unknown as an empty field)`, () => {
      const rows = parseCsvObjects(tidyCsv(reports, table));
      const cells = reports.flatMap((r) => tidyCells(r.data, table).map((c) => ({ r, c })));
      expect(rows).toHaveLength(cells.length);
      rows.forEach((row, i) => {
        const { r, c } = cells[i]!;
        expect(Object.keys(row)).toEqual([...TIDY_HEADER]);
        expect([row['report_id'], row['table'], row['row_key'], row['column_key']]).toEqual([r.id, table, c.rowKey, c.columnKey]);
        expect(row['value'] === '' ? null : Number(row['value'])).toBe(c.value);
        expect(row['source_sha256']).toBe(r.data.source.sha256);
        expect(row['source_path']).toBe(r.data.source.path);
      });
    });
  }

  it('hold table 3’s numbers where the report has them', () => {
    const rows = parseCsvObjects(tidyCsv(reports, 'applications'));
    for (const r of reports) {
      for (const [row, columns] of Object.entries(r.data.applications ?? {})) {
        for (const [column, value] of Object.entries(columns)) {
          const found = rows.filter((x) => x['report_id'] === r.id && x['row_key'] === row && x['column_key'] === column);
          expect(found.map((x) => (x['value'] === '' ? null : Number(x['value'])))).toEqual([value]);
        }
      }
    }
  });

  it('list every rule result in checks.csv', () => {
    const rows = parseCsvObjects(checksCsv(reports));
    expect(Object.keys(rows[0] ?? {})).toEqual([...CHECKS_HEADER]);
    expect(rows).toHaveLength(reports.reduce((n, r) => n + r.data.checks.length + r.crossYear.length, 0));
  });

  it('include the catalog’s crossYear checks in checks.csv', () => {
    const [first] = bundledCatalog().reports;
    const withCrossYear: DataReport = {
      ...first!,
      crossYear: [{ rule: 'crossYear.carryOver', subject: 'total', status: 'fail', expected: 4, actual: 3, cells: ['applications.carriedOver.total'], message: '上年结转应等于上年结转下年度' }],
    };
    const rows = parseCsvObjects(checksCsv([withCrossYear])).filter((x) => x['rule'] === 'crossYear.carryOver');
    expect(rows).toEqual([
      expect.objectContaining({ subject: 'total', status: 'fail', expected: '4', actual: '3', cells: 'applications.carriedOver.total', report_id: first!.id }),
    ]);
  });
});

describe('provenance', () => {
  it('is one version and one time in every download of a build', () => {
    const reports = bundledCatalog().reports;
    const documents = [
      reportsDocument(reports, provenance, SITE).provenance,
      ...reports.map((r) => publishedReport(r, provenance, SITE).provenance),
      compareData(reports, provenance).provenance,
    ];
    for (const p of documents) expect(p).toEqual(provenance);
    const manifest = provenanceManifest(reports, provenance);
    expect(manifest).toMatchObject({ ...provenance, reportCount: reports.length });
    expect(manifest.sources.map((s) => s.sha256)).toEqual(reports.map((r) => r.data.source.sha256));
  });

  it('takes the build time from SOURCE_DATE_EPOCH when set, to the second in UTC', () => {
    expect(buildTimestamp('1700000000')).toBe('2023-11-14T22:13:20Z');
    expect(buildTimestamp(undefined, new Date('2025-02-03T04:05:06.789Z'))).toBe('2025-02-03T04:05:06Z');
    expect(buildTimestamp('soon', new Date('2025-02-03T04:05:06Z'))).toBe('2025-02-03T04:05:06Z');
  });
});

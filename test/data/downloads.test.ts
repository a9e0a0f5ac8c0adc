// The JSON downloads made from the bundled reports: they validate against the zod schemas and against
// the JSON Schema generated from them; reports.json is a light index (no tables, no checks); a
// report's own JSON is minified and has no build time (the same report gives the same bytes).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTimestamp } from '../../src/data/buildInfo.ts';
import { compareData } from '../../src/data/compareData.ts';
import { provenanceManifest } from '../../src/data/provenanceManifest.ts';
import { publishedReport, publishedReportJson, reportsDocument } from '../../src/data/publishedReport.ts';
import { jsonSchemaOf, publishedReportSchema, reportsDocumentSchema } from '../../src/data/schema.ts';
import { allChecks } from '../../src/data/types.ts';
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

  it('give reports.json that both schemas accept: per report its metadata, source, tables present, check counts and links', () => {
    const json = asDownloaded(reportsDocument(reports, provenance, SITE)) as z.infer<typeof reportsDocumentSchema>;
    expect(reportsDocumentSchema.parse(json)).toEqual(json);
    expect(reportsJsonSchema.safeParse(json).success).toBe(true);
    expect(json.count).toBe(reports.length);
    expect(json.provenance).toEqual(provenance);
    json.reports.forEach((entry, i) => {
      const r = reports[i]!;
      const checks = allChecks(r);
      expect(Object.keys(entry)).toEqual([
        'id',
        'body',
        'agency',
        'year',
        'format',
        'title',
        'publishedOn',
        'source',
        'tables',
        'checkCounts',
        'links',
      ]);
      expect(entry).toMatchObject({
        id: r.id,
        agency: r.data.agency,
        year: r.data.year,
        format: r.data.format,
        title: r.data.title,
        publishedOn: r.data.publishedOn,
        source: r.data.source,
      });
      expect(entry.tables).toEqual(
        (['proactive', 'applications', 'reviewLitigation', 'legacyStatistics'] as const).filter((t) => r.data[t] !== null),
      );
      expect(entry.checkCounts).toEqual({
        pass: checks.filter((c) => c.status === 'pass').length,
        fail: checks.filter((c) => c.status === 'fail').length,
        uncheckable: checks.filter((c) => c.status === 'uncheckable').length,
      });
      expect(entry.links).toEqual(publishedReport(r, provenance, SITE).links);
    });
  });

  it('give every check of a report: a passed one by rule, subject and figures, the others with their cells and message', () => {
    let passed = 0;
    let other = 0;
    for (const r of reports) {
      const published = publishedReport(r, provenance, SITE).checks;
      const checks = allChecks(r);
      expect(published).toHaveLength(checks.length);
      published.forEach((c, i) => {
        const { cells, message, ...stated } = checks[i]!;
        if (c.status === 'pass') {
          passed++;
          expect(c).toEqual(stated);
        } else {
          other++;
          expect(c).toEqual({ ...stated, cells, message });
        }
      });
    }
    expect(passed).toBeGreaterThan(100);
    expect(other).toBeGreaterThan(0);
  });

  it('keep reports.json light: under 1 KiB a report here, so well under 25 MiB at 10,000 reports', () => {
    const bytes = Buffer.byteLength(JSON.stringify(reportsDocument(reports, provenance, SITE)));
    expect(bytes / reports.length).toBeLessThan(1024);
  });

  it('write a report’s own JSON minified, with nianbao’s version and no build time', () => {
    for (const r of reports) {
      const text = publishedReportJson(r, provenance, SITE);
      expect(text).toBe(`${JSON.stringify(publishedReport(r, provenance, SITE))}\n`);
      expect(text.split('\n')).toHaveLength(2);
      expect(JSON.parse(text).provenance).toEqual({ nianbaoVersion: provenance.nianbaoVersion });
      expect(text).not.toContain(provenance.builtAt);
      expect(publishedReportJson(r, { ...provenance, builtAt: '2031-01-01T00:00:00Z' } as never, SITE)).toBe(text);
    }
  });

  it('are refused by both schemas when a cell holds text instead of a number', () => {
    const r = reports.find((x) => x.data.applications !== null)!;
    const json = asDownloaded(publishedReport(r, provenance, SITE)) as { applications: Record<string, Record<string, unknown>> };
    json.applications['received']!['total'] = '11';
    expect(publishedReportSchema.safeParse(json).success).toBe(false);
    expect(reportJsonSchema.safeParse(json).success).toBe(false);
  });

  it('lead back to the source: path, SHA-256, version, and links to the page and the file', () => {
    const r = reports[0]!;
    const json = publishedReport(r, provenance, SITE);
    expect(json.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.source.path).toBe(`content/reports/${r.id}.txt`);
    expect(json.provenance).toEqual({ nianbaoVersion: provenance.nianbaoVersion });
    expect(json.links).toEqual({
      page: `${SITE}reports/${r.id}/`,
      source: `${SITE}sources/${r.id}.txt`,
      json: `${SITE}data/reports/${r.id}.json`,
    });
  });

  it('generate the JSON Schema from the zod schemas, with its own address and the spec’s fields', () => {
    const schema = jsonSchemaOf(publishedReportSchema, `${SITE}data/report.schema.json`, 't', 'd') as {
      $id: string;
      $schema: string;
      required: string[];
    };
    expect(schema.$id).toBe(`${SITE}data/report.schema.json`);
    expect(schema.$schema).toContain('2020-12');
    for (const field of [
      'agency',
      'year',
      'format',
      'title',
      'publishedOn',
      'sections',
      'proactive',
      'applications',
      'reviewLitigation',
      'legacyStatistics',
      'checks',
      'diagnostics',
      'source',
      'provenance',
    ]) {
      expect(schema.required).toContain(field);
    }
  });
});

describe('provenance', () => {
  it('is one version and one time in the build-wide downloads, and the same version in every report’s', () => {
    const reports = bundledCatalog().reports;
    for (const p of [reportsDocument(reports, provenance, SITE).provenance, compareData(reports, provenance).provenance])
      expect(p).toEqual(provenance);
    for (const r of reports) expect(publishedReport(r, provenance, SITE).provenance).toEqual({ nianbaoVersion: provenance.nianbaoVersion });
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

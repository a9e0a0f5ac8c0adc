// reports.csv: one row per report, the only CSV that names the source file; every other CSV's
// report_id is found in it.
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/data/csv.ts';
import { REPORTS_HEADER, reportsCsv } from '../../src/data/reportsCsv.ts';
import { allChecks } from '../../src/data/types.ts';
import { bulkCsv, bulkFiles } from '../../src/data/yearFiles.ts';
import { bundledCatalog } from './bundledCatalog.ts';

const reports = bundledCatalog().reports;
const SITE = 'https://gk.example.gov.cn/nianbao/';

describe('reports.csv', () => {
  const rows = parseCsvObjects(reportsCsv(reports, SITE));

  it('has one row per report, in catalog order, with the documented columns', () => {
    expect(REPORTS_HEADER).toEqual([
      'report_id',
      'body',
      'body_slug',
      'year',
      'format',
      'title',
      'published_on',
      'source_path',
      'source_sha256',
      'page_url',
      'json_url',
      'source_url',
      'checks_pass',
      'checks_fail',
      'checks_uncheckable',
    ]);
    expect(rows.map((r) => Object.keys(r))).toEqual(reports.map(() => [...REPORTS_HEADER]));
    expect(rows.map((r) => r['report_id'])).toEqual(reports.map((r) => r.id));
  });

  it('states each report’s source, links and check counts once', () => {
    rows.forEach((row, i) => {
      const r = reports[i]!;
      expect(row).toMatchObject({
        body: r.body.name,
        body_slug: r.body.slug,
        year: r.data.year === null ? '' : String(r.data.year),
        format: r.data.format,
        title: r.data.title ?? '',
        published_on: r.data.publishedOn ?? '',
        source_path: `content/reports/${r.id}.txt`,
        source_sha256: r.data.source.sha256,
        page_url: `${SITE}reports/${r.id}/`,
        json_url: `${SITE}data/reports/${r.id}.json`,
        source_url: `${SITE}sources/${r.id}.txt`,
      });
      expect(row['source_sha256']).toMatch(/^[0-9a-f]{64}$/);
      const checks = allChecks(r);
      expect(['pass', 'fail', 'uncheckable'].map((s) => Number(row[`checks_${s}`]))).toEqual(
        ['pass', 'fail', 'uncheckable'].map((s) => checks.filter((c) => c.status === s).length),
      );
      expect(Number(row['checks_pass']) + Number(row['checks_fail']) + Number(row['checks_uncheckable'])).toBe(checks.length);
    });
  });

  it('holds the report of every row of the other CSVs (they join on report_id)', () => {
    const ids = new Set(rows.map((r) => r['report_id']));
    for (const f of bulkFiles(reports)) for (const row of parseCsvObjects(bulkCsv(f))) expect(ids.has(row['report_id'])).toBe(true);
  });
});

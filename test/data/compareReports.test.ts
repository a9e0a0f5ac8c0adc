// The compare page's data: the name index lists every report once under its body, and a view's
// reports are built from the JSON each report already publishes (/data/reports/<id>.json) — the
// same tables, body and source as the catalog has, whatever its checks look like.
import { describe, expect, it } from 'vitest';
import { compareIndex, compareLabels } from '../../src/data/compareData.ts';
import { indexedId } from '../../src/data/compareIndexIds.ts';
import { type ReportJson, compareReportOf, reportJsonPath } from '../../src/data/compareReports.ts';
import type { CompareReport } from '../../src/data/compareTypes.ts';
import { applicationRows, reviewGroups } from '../../src/data/labels.ts';
import { publishedReport, publishedReportJson } from '../../src/data/publishedReport.ts';
import type { DataReport } from '../../src/data/types.ts';
import { bundledCatalog } from './bundledCatalog.ts';

const provenance = { nianbaoVersion: '0', builtAt: '2025-01-01T00:00:00Z' };
const SITE = 'https://gk.example.gov.cn/nianbao/';

/** What the compare view must show of a catalogued report. */
function expected(r: DataReport): CompareReport {
  return {
    id: r.id,
    body: r.body.name,
    bodySlug: r.body.slug,
    year: r.data.year,
    format: r.data.format,
    applications: r.data.applications,
    reviewLitigation: r.data.reviewLitigation,
    legacyStatistics: r.data.legacyStatistics,
    sourcePath: r.data.source.path,
    sourceSha256: r.data.source.sha256,
  };
}

describe('the compare view from the per-report JSON', () => {
  const reports = bundledCatalog().reports;

  it('builds each report from its published bytes: tables 3 and 4 (unknown stays null), body, year, format and source', () => {
    for (const r of reports) {
      const doc = JSON.parse(publishedReportJson(r, { nianbaoVersion: '0' }, SITE)) as ReportJson;
      expect(compareReportOf(doc)).toEqual(expected(r));
    }
    // The bundled reports hold unknown cells: they come through as null, not 0.
    const unknown = reports.flatMap((r) =>
      Object.values(compareReportOf(publishedReport(r, { nianbaoVersion: '0' }, SITE)).applications ?? {}).flatMap((row) =>
        Object.values(row),
      ),
    );
    expect(unknown).toContain(null);
  });

  it('reads no checks: a file whose passed checks carry no cells or message, or with no checks at all, gives the same report', () => {
    for (const r of reports) {
      const doc = publishedReport(r, { nianbaoVersion: '0' }, SITE);
      const slim = { ...doc, checks: doc.checks.map((c) => (c.status === 'pass' ? { rule: c.rule, status: c.status } : c)) };
      const { checks: _dropped, ...none } = doc;
      expect(compareReportOf(slim)).toEqual(expected(r));
      expect(compareReportOf(none as ReportJson)).toEqual(expected(r));
    }
  });

  it('fetches a report at the address its JSON is published at, parts encoded, and nowhere else', () => {
    expect(reportJsonPath('ningxia/wuzhong/litong-2022')).toBe('data/reports/ningxia/wuzhong/litong-2022.json');
    expect(reportJsonPath('宁夏/a b#c?d-2022')).toBe(`data/reports/${encodeURIComponent('宁夏')}/a%20b%23c%3Fd-2022.json`);
    for (const bad of ['', '../reports', 'ningxia/../../index', 'ningxia/./x', '/ningxia/x', 'ningxia//x', 'ningxia/x/'])
      expect(reportJsonPath(bad)).toBeNull();
  });

  it('carries the labels of both formats’ rows of table 3 and the three groups of table 4', () => {
    expect(compareLabels.applicationRows).toEqual(applicationRows);
    expect(compareLabels.reviewGroups).toEqual(reviewGroups);
  });
});

describe('the name index', () => {
  it('indexes every report once under its body, with year and format, and nothing more', () => {
    const reports = bundledCatalog().reports;
    const index = compareIndex(reports, provenance);
    expect(Object.keys(index).sort()).toEqual(['bodies', 'provenance']);
    expect(index.provenance).toEqual(provenance);
    const listed = index.bodies.flatMap((b) => b.reports.map((r) => indexedId(b, r)));
    expect(listed.sort()).toEqual(reports.map((r) => r.id).sort());
    const litong = index.bodies.find((b) => b.name === '吴忠市利通区人民政府')!;
    expect(litong.reports.map((r) => [indexedId(litong, r), r[1], r[2]])).toContainEqual(['ningxia/wuzhong/litong-2022', 2022, '2021']);
    // The ids' shared start is written once: what is left of each id is short.
    expect(litong.ids).toBe('ningxia/wuzhong/litong-');
    expect(litong.reports.map((r) => r[0])).toContain('2022');
    expect(new Set(index.bodies.map((b) => b.slug)).size).toBe(index.bodies.length);
  });
});

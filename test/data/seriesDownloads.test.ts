// series.csv and series.json from the bundled reports: one row per report and measure its format has,
// the value as the series gives it (unknown empty, never 0), the source as table/row/column or the
// legacy indicator as written; cut into parts only over the limits; the JSON says the same.
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/data/csv.ts';
import { SERIES_HEADER, seriesCsv, seriesFiles } from '../../src/data/seriesCsv.ts';
import { seriesJsonChunks } from '../../src/data/seriesJson.ts';
import { MEASURES } from '../../src/portal/series/measures.ts';
import { reportSeries } from '../../src/portal/series/reportSeries.ts';
import { bundledCatalog } from './bundledCatalog.ts';

const reports = bundledCatalog().reports;
const rows = () => seriesFiles(reports).flatMap((f) => parseCsvObjects(seriesCsv(f)));

describe('series.csv', () => {
  it('is one file with a row per report and measure the format has', () => {
    const files = seriesFiles(reports);
    expect(files.map((f) => f.name)).toEqual(['series']);
    const expected = reports.flatMap((r) => {
      const s = reportSeries(r.data);
      return MEASURES.filter((m) => s[m.key].source !== null).map((m) => [r.id, m.key]);
    });
    expect(rows().map((r) => [r['report_id'], r['measure']])).toEqual(expected);
    expect(files[0]?.rows).toBe(expected.length);
    expect(Object.keys(rows()[0]!)).toEqual([...SERIES_HEADER]);
  });

  it('carries the legacy year with its indicators as written, and no carry-over row for it', () => {
    const legacy = rows().filter((r) => r['report_id'] === 'ningxia/wuzhong/wuzhong-2017');
    expect(legacy.map((r) => [r['measure'], r['value'], r['source'], r['source_line'], r['format'], r['year']])).toEqual([
      ['received', '35', '(一) 收到申请数', '259', 'legacy', '2017'],
      ['processed', '35', '(三) 申请答复数', '272', 'legacy', '2017'],
      ['granted', '8', '2. 同意公开答复数', '274', 'legacy', '2017'],
      ['partiallyGranted', '0', '3. 同意部分公开答复数', '275', 'legacy', '2017'],
      ['denied', '3', '4. 不同意公开答复数', '276', 'legacy', '2017'],
      ['review', '8', '四、行政复议数量', '294', 'legacy', '2017'],
      ['litigation', '2', '五、行政诉讼数量', '298', 'legacy', '2017'],
    ]);
  });

  it('gives a modern value its table, row and column, and an unknown one an empty field', () => {
    const byKey = new Map(rows().map((r) => [`${r['report_id']} ${r['measure']}`, r]));
    for (const r of reports.filter((x) => x.data.format === '2021' || x.data.format === '2019')) {
      const s = reportSeries(r.data);
      for (const m of MEASURES) {
        const row = byKey.get(`${r.id} ${m.key}`)!;
        expect(row['source']).toBe(`${m.table.table}/${m.table.row}/${m.table.column}`);
        expect(row['source_line']).toBe('');
        expect(row['value']).toBe(s[m.key].value === null ? '' : String(s[m.key].value));
      }
    }
  });

  it('is cut into numbered parts, each report whole, only over the limits', () => {
    const parts = seriesFiles(reports, { rows: 10 });
    expect(parts.map((f) => f.name)).toEqual(parts.map((_, i) => `series-part${i + 1}`));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((f) => parseCsvObjects(seriesCsv(f)))).toEqual(rows());
  });
});

describe('series.json', () => {
  it('states the mapping once and each report’s values, a legacy value with its indicator, absent measures left out', () => {
    const doc = JSON.parse([...seriesJsonChunks(reports, { nianbaoVersion: '0', builtAt: '2025-01-01T00:00:00Z' })].join(''));
    expect(doc.measures.map((m: { key: string }) => m.key)).toEqual(MEASURES.map((m) => m.key));
    const legacy = doc.reports.find((r: { id: string }) => r.id === 'ningxia/wuzhong/wuzhong-2017');
    expect(Object.keys(legacy.values)).toEqual(['received', 'processed', 'granted', 'partiallyGranted', 'denied', 'review', 'litigation']);
    expect(legacy.values.received).toBe(35);
    expect(legacy.indicators.received).toEqual({ indicator: '(一) 收到申请数', line: 259 });
    const modern = doc.reports.find((r: { format: string }) => r.format === '2021');
    expect(modern.indicators).toBeUndefined();
    expect(Object.keys(modern.values)).toEqual(MEASURES.map((m) => m.key));
    expect(doc.reports).toHaveLength(reports.length);
  });
});

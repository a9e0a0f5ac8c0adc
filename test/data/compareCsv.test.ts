// The compare view's CSV (made in the browser): tables 3 and 4 and the rates of the chosen reports,
// reading back to the same numbers, unknown as empty.
import { describe, expect, it } from 'vitest';
import { BOM, parseCsvObjects } from '../../src/data/csv.ts';
import { COMPARE_CSV_HEADER, compareCsv } from '../../src/data/compareCsv.ts';
import { compareLabels } from '../../src/data/compareData.ts';
import { compareReportOf } from '../../src/data/compareReports.ts';
import { publishedReport } from '../../src/data/publishedReport.ts';
import { bundledCatalog } from './bundledCatalog.ts';

/** Every bundled report as the compare page builds it from its own JSON. */
const data = {
  labels: compareLabels,
  reports: bundledCatalog().reports.map((r) => compareReportOf(publishedReport(r, { nianbaoVersion: '0' }, 'https://example.org/'))),
};
const num = (field: string | undefined): number | null => (field === '' || field === undefined ? null : Number(field));

describe('compareCsv', () => {
  const text = compareCsv(data.labels, data.reports);
  const rows = parseCsvObjects(text);

  it('is UTF-8 with a byte-order mark and the documented header', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(Object.keys(rows[0] ?? {})).toEqual([...COMPARE_CSV_HEADER]);
  });

  it('reads back to every cell of tables 3 and 4 of the chosen reports', () => {
    for (const r of data.reports) {
      const mine = rows.filter((x) => x['report_id'] === r.id);
      for (const [row, columns] of Object.entries(r.applications ?? {})) {
        for (const [column, value] of Object.entries(columns)) {
          const found = mine.filter((x) => x['table'] === 'applications' && x['row_key'] === row && x['column_key'] === column);
          expect(found.map((x) => num(x['value']))).toEqual([value]);
        }
      }
      for (const [groupKey, columns] of Object.entries(r.reviewLitigation ?? {})) {
        for (const [column, value] of Object.entries(columns as Record<string, number | null>)) {
          const found = mine.filter((x) => x['table'] === 'reviewLitigation' && x['row_key'] === groupKey && x['column_key'] === column);
          expect(found.map((x) => num(x['value']))).toEqual([value]);
        }
      }
    }
  });

  it('gives each rate with numerator and denominator, and an empty rate when it is not computed', () => {
    for (const r of data.reports.filter((x) => x.format !== 'legacy')) {
      const rate = (key: string, column: string) =>
        rows.find((x) => x['report_id'] === r.id && x['table'] === 'rates' && x['row_key'] === key && x['column_key'] === column);
      const processed = r.applications?.['processedTotal']?.['total'] ?? null;
      expect(num(rate('disclosure', 'denominator')?.['value'])).toBe(processed);
      if (processed === null || processed < 5) expect(rate('disclosure', 'rate')?.['value']).toBe('');
      else expect(num(rate('disclosure', 'rate')?.['value'])).toBeCloseTo(num(rate('disclosure', 'numerator')?.['value'])! / processed);
    }
  });

  it('gives a legacy report the 实质公开率 of its 统计表 and no 纠错率', () => {
    // 吴忠市 2017: （三）申请答复数 35, 同意公开答复数 8, 同意部分公开答复数 0 (content/reports, as written).
    const rate = (key: string, column: string) =>
      rows.find((x) => x['report_id'] === 'ningxia/wuzhong/wuzhong-2017' && x['row_key'] === key && x['column_key'] === column)?.['value'];
    expect([rate('disclosure', 'numerator'), rate('disclosure', 'denominator')].map(num)).toEqual([8, 35]);
    expect(num(rate('disclosure', 'rate'))).toBeCloseTo(8 / 35);
    expect(rate('reviewCorrection', 'rate')).toBe('');
  });

  it('has nothing but a header when no report is chosen', () => {
    expect(parseCsvObjects(compareCsv(data.labels, []))).toEqual([]);
  });
});

// What the compare page shows for a selection: ordered reports, tables side by side that tell an
// unknown cell from a row the report's format lacks, and a chart that never draws unknown as 0.
import { describe, expect, it } from 'vitest';
import type { CompareLabels, CompareReport } from '../../src/data/compareTypes.ts';
import {
  applicationsComparison,
  chartDescription,
  measurePoints,
  rateParts,
  reportLabel,
  reviewComparison,
  selectReports,
} from '../../src/data/compareView.ts';
import { applicationColumns, applicationRows, reviewColumns, reviewGroups } from '../../src/data/labels.ts';

const labels: CompareLabels = { applicationRows, applicationColumns, reviewGroups, reviewColumns };
const group = (corrected: number | null, total: number | null) => ({ upheld: 0, corrected, other: 0, pending: 0, total });

function report(id: string, body: string, year: number | null, over: Partial<CompareReport> = {}): CompareReport {
  return {
    id,
    body,
    bodySlug: id,
    year,
    format: '2021',
    applications: {
      received: { naturalPerson: 10, total: 12 },
      granted: { total: 5 },
      partiallyGranted: { total: 1 },
      processedTotal: { total: 12 },
      'otherHandling.other': { total: 0 },
    },
    reviewLitigation: { review: group(1, 4), litigationDirect: group(0, 3), litigationAfterReview: group(1, 2) },
    legacyStatistics: null,
    sourcePath: `content/reports/${id}.txt`,
    sourceSha256: '0'.repeat(64),
    ...over,
  };
}

const a2022 = report('x/a-2022', '乙县人民政府', 2022);
const a2021 = report('x/a-2021', '乙县人民政府', 2021);
const b2021 = report('x/b-2021', '甲市人民政府', 2021, {
  format: '2019',
  applications: { received: { naturalPerson: null, total: null }, otherHandling: { total: 2 }, processedTotal: { total: 3 } },
});
const legacy = report('x/c-2017', '丙县人民政府', 2017, { format: 'legacy', applications: null, reviewLitigation: null });
const legacyWithTable = report('x/c-2016', '丙县人民政府', 2016, {
  format: 'legacy',
  applications: null,
  reviewLitigation: null,
  legacyStatistics: [
    { indicator: '受理依申请公开信息总数', unit: '条', value: 7, extra: [{ label: '历年累计', value: 30 }], level: 1, line: 40 },
    { indicator: '行政复议数', unit: '件', value: null, level: 1, line: 44 },
  ],
});
const all = [a2022, b2021, legacy, a2021];

describe('selectReports', () => {
  it('orders by body name as Chinese readers sort it (甲 before 乙), then oldest year first, and names ids it cannot find', () => {
    const s = selectReports(all, ['x/a-2022', 'gone/z-2020', 'x/a-2021', 'x/b-2021']);
    expect(s.reports.map((r) => r.id)).toEqual(['x/b-2021', 'x/a-2021', 'x/a-2022']);
    expect(s.missing).toEqual(['gone/z-2020']);
  });

  it('labels a report with its body and year', () => {
    expect(reportLabel(a2021)).toBe('乙县人民政府 2021 年');
    expect(reportLabel(report('y', '丁', null))).toBe('丁 年度不详');
  });
});

describe('applicationsComparison', () => {
  it('shows the chosen column, null for unknown and undefined for a row the report does not have', () => {
    const rows = applicationsComparison(labels, [a2021, b2021, legacy], 'total');
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r.values]));
    expect(byKey['received']).toEqual([12, null, undefined]);
    expect(byKey['otherHandling']).toEqual([undefined, 2, undefined]);
    expect(byKey['otherHandling.other']).toEqual([0, undefined, undefined]);
  });

  it('keeps table order and leaves out rows no chosen report has', () => {
    const keys = applicationsComparison(labels, [a2021], 'naturalPerson').map((r) => r.key);
    expect(keys).toEqual(['received', 'granted', 'partiallyGranted', 'otherHandling.other', 'processedTotal']);
    expect(applicationsComparison(labels, [a2021], 'naturalPerson')[0]?.values).toEqual([10]);
  });
});

describe('reviewComparison', () => {
  it('gives three groups of five rows with each report’s figure', () => {
    const groups = reviewComparison(labels, [a2021, legacy]);
    expect(groups.map((g) => g.label)).toEqual(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']);
    expect(groups[0]?.rows.map((r) => r.label)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(groups[0]?.rows[1]?.values).toEqual([1, undefined]);
  });
});

describe('measurePoints and chartDescription', () => {
  it('charts counts as they are and says why a bar is missing', () => {
    expect(measurePoints([a2021, b2021, legacy], 'received')).toEqual([
      { label: '乙县人民政府 2021 年', value: 12, note: null },
      { label: '甲市人民政府 2021 年', value: null, note: '未知' },
      { label: '丙县人民政府 2017 年', value: null, note: '报告无此表' },
    ]);
  });

  it('charts a legacy 统计表 figure (its year column) with the indicator as written, and its unknown as unknown', () => {
    expect(measurePoints([legacyWithTable, a2021], 'received')).toEqual([
      { label: '丙县人民政府 2016 年', value: 7, note: '旧版统计表口径：受理依申请公开信息总数' },
      { label: '乙县人民政府 2021 年', value: 12, note: null },
    ]);
    expect(measurePoints([legacyWithTable], 'reviewTotal')).toEqual([{ label: '丙县人民政府 2016 年', value: null, note: '未知' }]);
    expect(measurePoints([legacyWithTable], 'litigationTotal')).toEqual([
      { label: '丙县人民政府 2016 年', value: null, note: '报告无此表' },
    ]);
    expect(chartDescription('本年新收申请数（总计）', measurePoints([legacyWithTable], 'received'), '件')).toBe(
      '本年新收申请数（总计）（条形图）：丙县人民政府 2016 年 7 件（旧版统计表口径：受理依申请公开信息总数）。',
    );
  });

  it('charts rates in percent, and none below a denominator of 5', () => {
    expect(measurePoints([a2021, b2021], 'disclosure').map((p) => [p.value, p.note])).toEqual([
      [50, null],
      [null, '数字未知，不计算'],
    ]);
    expect(measurePoints([a2021], 'litigationCorrection')[0]).toMatchObject({ value: 20 });
    expect(measurePoints([a2021], 'reviewCorrection')[0]).toMatchObject({ value: null, note: '分母小于 5，不计算' });
  });

  it('gives a legacy 统计表 its 实质公开率 from the series, marked, as the body page ranks it; no 纠错率 (no 结果纠正)', () => {
    const legacyAnswers = report('x/c-2015', '丙县人民政府', 2015, {
      format: 'legacy',
      applications: null,
      reviewLitigation: null,
      legacyStatistics: [
        { indicator: '对申请的答复数', unit: '件', value: 10, level: 1, line: 40 },
        { indicator: '同意公开答复数', unit: '件', value: 6, level: 2, line: 41 },
        { indicator: '同意部分公开答复数', unit: '件', value: 1, level: 2, line: 42 },
      ],
    });
    expect(measurePoints([legacyAnswers], 'disclosure')).toEqual([{ label: '丙县人民政府 2015 年', value: 70, note: '旧版统计表口径' }]);
    expect(measurePoints([legacyAnswers], 'reviewCorrection')).toEqual([
      { label: '丙县人民政府 2015 年', value: null, note: '报告无此表' },
    ]);
  });

  it('describes the chart in words with what is not drawn', () => {
    const text = chartDescription('本年新收申请数（总计）', measurePoints([a2021, legacy], 'received'), '件');
    expect(text).toBe('本年新收申请数（总计）（条形图）：乙县人民政府 2021 年 12 件。未画入：丙县人民政府 2017 年：报告无此表。');
  });
});

describe('rateParts', () => {
  it('writes a rate’s figures, the legacy mark and why it is not computed in one pair of brackets', () => {
    expect(rateParts({ numerator: 8, denominator: 35, value: 8 / 35, status: 'computed' }, false)).toBe('8 / 35');
    expect(rateParts({ numerator: 8, denominator: 35, value: 8 / 35, status: 'computed' }, true)).toBe('8 / 35（旧版统计表口径）');
    expect(rateParts({ numerator: 0, denominator: 0, value: null, status: 'small' }, true)).toBe(
      '分母小于 5，不计算（0 / 0；旧版统计表口径）',
    );
    expect(rateParts({ numerator: null, denominator: 10, value: null, status: 'unknown' }, false)).toBe('数字未知，不计算（未知 / 10）');
  });
});

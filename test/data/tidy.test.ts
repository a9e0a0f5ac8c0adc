// Tidy cells: one per table cell, with keys and Chinese labels; unknown stays unknown; the legacy
// table keeps its indicators as written.
import { describe, expect, it } from 'vitest';
import type { LegacyStatisticsRow } from '../../src/parser/index.ts';
import { LEGACY_VALUE_COLUMN, legacyCells, tidyCells } from '../../src/data/tidy.ts';
import type { ReportEntryData } from '../../src/schema/report.ts';
import { reportEntry } from '../support/reportEntry.ts';

function report(overrides: Partial<ReportEntryData>): ReportEntryData {
  return reportEntry('content/reports/x', { year: 2021, ...overrides }).data;
}

describe('tidyCells', () => {
  it('gives every cell of table 3 with its labels, the table line, and null for unknown', () => {
    const cells = tidyCells(
      report({ applications: { received: { naturalPerson: 3, total: null } }, tableLines: { applications: 40 } }),
      'applications',
    );
    expect(cells).toEqual([
      {
        table: 'applications',
        rowKey: 'received',
        rowLabel: '一、本年新收政府信息公开申请数量',
        columnKey: 'naturalPerson',
        columnLabel: '自然人',
        value: 3,
        unit: null,
        line: 40,
      },
      {
        table: 'applications',
        rowKey: 'received',
        rowLabel: '一、本年新收政府信息公开申请数量',
        columnKey: 'total',
        columnLabel: '总计',
        value: null,
        unit: null,
        line: 40,
      },
    ]);
  });

  it('labels table 2 by the report’s own format (2019 and 2021 rows differ)', () => {
    const rows = { normativeDocuments: { made: 4 } };
    expect(tidyCells(report({ format: '2019', proactive: rows }), 'proactive')[0]).toMatchObject({
      rowLabel: '规范性文件',
      columnLabel: '本年新制作数量',
    });
    expect(tidyCells(report({ format: '2021', proactive: { normativeDocuments: { issued: 4 } } }), 'proactive')[0]).toMatchObject({
      rowLabel: '行政规范性文件',
      columnLabel: '本年制发件数',
    });
  });

  it('gives table 4 as three groups of five', () => {
    const group = { upheld: 1, corrected: 0, other: 0, pending: null, total: 1 };
    const cells = tidyCells(
      report({ reviewLitigation: { review: group, litigationDirect: group, litigationAfterReview: group } }),
      'reviewLitigation',
    );
    expect(cells).toHaveLength(15);
    expect(cells[3]).toMatchObject({ rowKey: 'review', rowLabel: '行政复议', columnKey: 'pending', columnLabel: '尚未审结', value: null });
    expect(cells[14]).toMatchObject({ rowKey: 'litigationAfterReview', columnKey: 'total' });
  });

  it('gives nothing for a table the report does not have', () => {
    expect(tidyCells(report({}), 'applications')).toEqual([]);
  });
});

describe('legacyCells', () => {
  const rows: LegacyStatisticsRow[] = [
    { indicator: '一、主动公开情况', unit: null, value: null, level: 1, line: 10 },
    { indicator: '（一）主动公开政府信息数', unit: '条', value: 120, extra: [{ label: '历年累计', value: 900 }], level: 2, line: 11 },
    { indicator: '其中：主动公开规范性文件数', unit: '条', value: null, level: 3, line: 12 },
    { indicator: '二、依申请公开情况', unit: null, value: null, level: 1, line: 13 },
    { indicator: '（一）收到申请数', unit: '件', value: 7, level: 2, line: 14 },
  ];

  it('keeps the indicator as written as the row key and names its parents in the label', () => {
    const cells = legacyCells(rows);
    expect(cells.map((c) => [c.rowKey, c.rowLabel, c.columnKey, c.value, c.unit, c.line])).toEqual([
      ['（一）主动公开政府信息数', '一、主动公开情况 › （一）主动公开政府信息数', LEGACY_VALUE_COLUMN, 120, '条', 11],
      ['（一）主动公开政府信息数', '一、主动公开情况 › （一）主动公开政府信息数', '历年累计', 900, '条', 11],
      [
        '其中：主动公开规范性文件数',
        '一、主动公开情况 › （一）主动公开政府信息数 › 其中：主动公开规范性文件数',
        LEGACY_VALUE_COLUMN,
        null,
        '条',
        12,
      ],
      ['（一）收到申请数', '二、依申请公开情况 › （一）收到申请数', LEGACY_VALUE_COLUMN, 7, '件', 14],
    ]);
  });
});

// The words a report's tables print are searchable: row labels, captions, column headings, notes,
// and a 统计表's indicators — each table with the anchor the report page gives it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../src/files/reportFile.ts';
import { tableWords } from '../../src/search/tableWords.ts';
import { REPO } from '../support/buildSite.ts';

const report = (fixture: string) => {
  const file = join(REPO, 'test/fixtures/reports', fixture, 'input.txt');
  const { report: data, source } = parseReportFile(readFileSync(file), `${fixture}.txt`);
  return { ...data, source };
};

describe('tableWords', () => {
  it('gives a 2021-format report its three tables, with their labels and notes', () => {
    const tables = tableWords(report('seed-litong-2022'));
    expect(tables.map((t) => t.anchor)).toEqual(['table-proactive', 'table-applications', 'table-reviewLitigation']);
    const applications = tables[1]?.words.join(' ') ?? '';
    for (const word of ['表三', '2.重复申请', '3.要求提供公开出版物', '（三）不予公开', '法人或其他组织', '勾稽关系'])
      expect(applications).toContain(word);
    expect(tables[2]?.words).toContain('未经复议直接起诉');
  });

  it('gives a legacy report its 统计表 with the indicators as written', () => {
    const data = report('seed-wuzhong-2017');
    const [table] = tableWords(data);
    expect(table?.anchor).toBe('table-legacyStatistics');
    for (const row of data.legacyStatistics ?? []) expect(table?.words).toContain(row.indicator);
  });

  it('gives no words for a table the report lacks', () => {
    const data = { ...report('seed-litong-2022'), applications: null, reviewLitigation: null };
    expect(tableWords(data).map((t) => t.anchor)).toEqual(['table-proactive']);
  });
});

// The published PDF of corpus report 001 (洪泽区 2023, made by WPS: ruled tables, merged cells, a table
// over two page breaks, page numbers `- N -`) read through pdfToText and parseReport gives the cells of
// the hand-written expected.json its text version is held to, and no error the text version lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Conversion } from '../../../src/import/conversion.ts';
import { pdfToText } from '../../../src/import/pdf/pdfToText.ts';
import { parseReport } from '../../../src/parser/index.ts';
import { type GoldenCheck, goldenCheck, project, sortChecks } from '../../parser/goldenProjection.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
// A copy of ../shared/corpus/pdf/001_jiangsu-huaian-hongze-2023.pdf, so the test runs without ../shared.
const original = join(fixtures, 'originals/001_jiangsu-huaian-hongze-2023.pdf');
const golden = join(fixtures, 'reports/corpus-hongze-2023');

let converted: Conversion;
beforeAll(async () => {
  converted = await pdfToText(new Uint8Array(readFileSync(original)));
});

const text = (): string => {
  if (!converted.ok) throw new Error(`${converted.code}: ${converted.message}`);
  return converted.text;
};

describe('pdfToText on the published PDF of 洪泽区 2023', () => {
  it('gives the hand-checked tables, title, period and checks of expected.json', () => {
    const expected = JSON.parse(readFileSync(join(golden, 'expected.json'), 'utf8'));
    const { sections, checks, ...actual } = project(parseReport(text()));
    const { sections: expectedSections, checks: expectedChecks, ...rest } = expected;
    expect(actual).toEqual(rest);
    expect(checks).toEqual(sortChecks((expectedChecks as GoldenCheck[]).map(goldenCheck)));
    // Wrapped paragraphs are joined, so only the lines differ from the text version's.
    const withoutLine = (s: { number: number | null; key: string | null; heading: string }) => [s.number, s.key, s.heading];
    expect(sections.map(withoutLine)).toEqual(expectedSections.map(withoutLine));
  });

  it('has no error or warning diagnostic that the text version does not have', () => {
    const codes = (t: string) =>
      parseReport(t)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => d.code);
    const fromText = new Set(codes(readFileSync(join(golden, 'input.txt'), 'utf8')));
    expect(codes(text()).filter((c) => !fromText.has(c))).toEqual([]);
  });

  it('reads the Title metadata', () => {
    expect(converted.ok && converted.metadata).toEqual({ title: '洪泽区人民政府2023年政府信息公开工作年度报告' });
  });

  it('lists merged cells once and rows as tab-separated cells, as the source writes them', () => {
    const lines = text().split('\n');
    expect(lines).toContain('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况');
    expect(lines).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t4\t0\t0\t0\t0\t0\t4');
    expect(lines).toContain('（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1');
    // The row after the page break inside 无法提供 keeps its own cells; its group's cell is above the break.
    expect(lines).toContain('3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0');
    // The source's table 4 row as written (its totals are 0 though its cells are not: published as is).
    expect(lines).toContain('10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t5\t0\t0\t0\t0');
  });

  it('drops the page numbers and joins paragraphs wrapped over lines and pages', () => {
    expect(text()).not.toMatch(/^- \d+ -$/m);
    expect(text()).toContain('严格执行“分级审核、先审后发”程序，落实“三审三校”制度');
    expect(text().trimEnd().split('\n')).toHaveLength(62);
  });
});

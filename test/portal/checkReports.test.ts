// checkReports: the check command's verdict on parsed files, without the command around it.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parser/index.ts';
import { parseReportFile, type ParsedReportFile } from '../../src/files/reportFile.ts';
import { checkReports, type FileInput } from '../../src/portal/check/checkReports.ts';
import { formatText, summarise } from '../../src/portal/check/formatFindings.ts';
import { yearInFileName } from '../../src/portal/check/fileYear.ts';
import { lineNaming, lineNamingYear } from '../../src/portal/check/locate.ts';
import type { Body } from '../../src/schema/body.ts';

const registry: Body[] = [{ slug: 'mouxian', name: '某县人民政府', aliases: ['某县'], level: 'county', region: ['某省', '某县'] }];
const context = { registry, registryPath: 'agencies.yaml', rootRegion: '某省' };
const REPORT = (body: string, year: number) => `${body}${year}年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n`;
const parsed = (path: string, text: string): FileInput => ({
  path,
  checked: true,
  ok: true,
  parsed: parseReportFile(new TextEncoder().encode(text), path),
});

describe('checkReports', () => {
  it('reports a parser failure (parser.internal) as an error, and the command would exit 1', () => {
    // A value whose conversion to text throws stands in for a bug inside the parser.
    const report = parseReport(
      {
        toString: () => {
          throw new Error('boom');
        },
      } as unknown as string,
      { path: 'x-2021.txt' },
    );
    expect(report.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'parser.internal', line: null })]);
    const file: ParsedReportFile = {
      report,
      source: { path: 'x-2021.txt', sha256: '0'.repeat(64), bytes: 0, encoding: 'utf-8' },
      text: '',
      frontMatter: null,
      frontMatterLines: {},
    };
    const checked = checkReports([{ path: 'x-2021.txt', checked: true, ok: true, parsed: file }], context);
    expect(formatText(checked)).toContain('x-2021.txt: 错误 [parser.internal] 解析程序内部错误：Error: boom');
    expect(summarise(checked).errors).toBe(1);
  });

  it('groups by registered body, aliases included, to find two files for one year', () => {
    const checked = checkReports(
      [parsed('a/mouxian-2021.txt', REPORT('某县人民政府', 2021)), parsed('b/mx-2021.txt', REPORT('某县', 2021))],
      context,
    );
    expect(checked.map((f) => f.findings.filter((x) => x.code === 'file.duplicate').length)).toEqual([1, 1]);
    expect(checked[0]?.body).toEqual({ slug: 'mouxian', name: '某县人民政府', registered: true });
  });

  it('does not call two bodies’ reports of one year duplicates', () => {
    const checked = checkReports(
      [parsed('a/mouxian-2021.txt', REPORT('某县人民政府', 2021)), parsed('b/other-2021.txt', REPORT('另一县人民政府', 2021))],
      context,
    );
    expect(checked.flatMap((f) => f.findings).filter((x) => x.code === 'file.duplicate')).toEqual([]);
  });

  it('reports only the files marked checked, comparing them with the others', () => {
    const checked = checkReports(
      [parsed('a/mouxian-2021.txt', REPORT('某县人民政府', 2021)), { ...parsed('b/mx-2021.txt', REPORT('某县', 2021)), checked: false }],
      context,
    );
    expect(checked.map((f) => f.path)).toEqual(['a/mouxian-2021.txt']);
    expect(checked[0]?.findings.map((x) => x.code)).toContain('file.duplicate');
  });

  it('points an unregistered body at the line that names it', () => {
    const [file] = checkReports([parsed('a/mouxiang-2021.txt', `\n\n${REPORT('某乡人民政府', 2021)}`)], context);
    expect(file?.findings.find((x) => x.code === 'agency.unregistered')?.line).toBe(3);
  });
});

describe('file names and lines', () => {
  it('reads the year a file’s name carries, the last one when there are several', () => {
    expect(yearInFileName('content/reports/ningxia/wuzhong/litong-2022.txt')).toBe(2022);
    expect(yearInFileName('a/2019/wuzhong-office-2021.txt')).toBe(2021);
    expect(yearInFileName('a/report-2020-2021.txt')).toBe(2021);
    expect(yearInFileName('a/litong.txt')).toBeNull();
    expect(yearInFileName('a/x-20221.txt')).toBeNull();
  });

  it('finds the line stating a year or naming a body, with spaces inside', () => {
    const text = '\n利通区 2 0 2 2 年政府信息公开工作年度报告\n';
    expect(lineNamingYear(text, 2022)).toBe(2);
    expect(lineNamingYear(text, 2021)).toBeNull();
    expect(lineNaming(text, '利通 区')).toBe(2);
  });
});

// Front matter: an optional YAML block at the top of a report file that completes or corrects what
// the text says. Its lines are blanked before parsing, so line numbers stay the file's own.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/files/frontMatter.ts';
import { parseReportFile } from '../../src/files/reportFile.ts';
import { reportEntryData } from '../../src/portal/reportEntry.ts';
import { reportEntrySchema } from '../../src/schema/report.ts';
import { buildCatalog } from '../../src/portal/catalog.ts';

const REPORT =
  '某县政府2020年政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n\n一、总体情况\n\n正文。\n';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('splitFrontMatter', () => {
  it('leaves a text without front matter as it is', () => {
    expect(splitFrontMatter(REPORT)).toEqual({ text: REPORT, frontMatter: null, diagnostics: [] });
  });

  it('blanks the block’s lines, keeping every line and line end of the file', () => {
    const text = '---\r\nyear: 2021\r\n---\r\n标题\r\n正文\r\n';
    const split = splitFrontMatter(text);
    expect(split.text).toBe('\r\n\r\n\r\n标题\r\n正文\r\n');
    expect(split.frontMatter).toEqual({ data: { year: 2021 }, keyLines: { year: 2 }, lineCount: 3 });
  });

  it('reads every key and the line it is on', () => {
    const split = splitFrontMatter(
      '---\nbody: 某县人民政府\nyear: 2021\nregion: [某省, 某市]\npublishedOn: 2022-01-20\nsource: https://www.example.gov.cn/a.html\nnotes: |\n  两行\n  说明\n---\n正文\n',
    );
    expect(split.diagnostics).toEqual([]);
    expect(split.frontMatter?.data).toEqual({
      body: '某县人民政府',
      year: 2021,
      region: ['某省', '某市'],
      publishedOn: '2022-01-20',
      source: 'https://www.example.gov.cn/a.html',
      notes: '两行\n说明\n',
    });
    expect(split.frontMatter?.keyLines).toEqual({ body: 2, year: 3, region: 4, publishedOn: 5, source: 6, notes: 7 });
  });

  it('accepts an empty block', () => {
    expect(splitFrontMatter('---\n---\n正文\n').frontMatter?.data).toEqual({});
  });

  it('puts a YAML error at the file line the YAML parser names', () => {
    const split = splitFrontMatter('---\nbody: 某县\nbody: 某市\n---\n正文\n');
    expect(split.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'frontMatter.yaml', line: 3 })]);
    expect(split.diagnostics[0]?.message).toContain('同一个键写了两次');
    expect(split.frontMatter?.data).toEqual({});
  });

  it('puts a schema error at the line of the offending key, and applies the keys that are valid', () => {
    const split = splitFrontMatter('---\nbody: 某县人民政府\nnotes: 说明\nyear: 21\nsource: ftp://x.cn/a\n---\n');
    expect(split.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['frontMatter.invalid', 4],
      ['frontMatter.invalid', 5],
    ]);
    expect(split.diagnostics[0]?.message).toBe('front matter 中 year（年度）应在 2008 年（《条例》施行）以后。');
    expect(split.frontMatter?.data).toEqual({ body: '某县人民政府', notes: '说明' });
  });

  it('names a key it does not know, and the keys it does', () => {
    const split = splitFrontMatter('---\nyear: 2021\nname: 某县\n---\n');
    expect(split.diagnostics).toEqual([expect.objectContaining({ code: 'frontMatter.invalid', line: 3 })]);
    expect(split.diagnostics[0]?.message).toContain('不认识的键“name”');
    expect(split.diagnostics[0]?.message).toContain('body（机关名称）');
    expect(split.frontMatter?.data).toEqual({ year: 2021 });
  });

  it('reads agency, the spec’s name for the body, as body, at its own line', () => {
    const split = splitFrontMatter('---\nyear: 2021\nagency: 某县人民政府\n---\n');
    expect(split.diagnostics).toEqual([]);
    expect(split.frontMatter?.data).toEqual({ body: '某县人民政府', year: 2021 });
    expect(split.frontMatter?.keyLines).toMatchObject({ agency: 3, body: 3 });
  });

  it('accepts body and agency together when they say the same', () => {
    const split = splitFrontMatter('---\nbody: 某县人民政府\nagency: 某县人民政府\n---\n');
    expect(split.diagnostics).toEqual([]);
    expect(split.frontMatter?.data).toEqual({ body: '某县人民政府' });
  });

  it('says so, once and at the later line, when body and agency differ, and uses neither', () => {
    const split = splitFrontMatter('---\nagency: 某市人民政府\nyear: 2021\nbody: 某县人民政府\n---\n');
    expect(split.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'frontMatter.invalid',
        message: 'front matter 中 body 和 agency 都是机关名称，却写了不同的值：“某县人民政府”和“某市人民政府”。请只保留其中一个。',
        line: 4,
      },
    ]);
    expect(split.frontMatter?.data).toEqual({ year: 2021 });
  });

  it('names agency as written when its value is wrong', () => {
    const split = splitFrontMatter('---\nagency: 县\n---\n');
    expect(split.diagnostics).toEqual([expect.objectContaining({ code: 'frontMatter.invalid', line: 2 })]);
    expect(split.diagnostics[0]?.message).toBe('front matter 中 agency（机关名称）机关名称至少两个字。');
    expect(split.frontMatter?.data).toEqual({});
  });

  it('says a block that is not “key: value” lines is invalid (a full-width colon, for one)', () => {
    const split = splitFrontMatter('---\nbody：某县人民政府\n---\n');
    expect(split.diagnostics).toEqual([expect.objectContaining({ code: 'frontMatter.invalid', line: 2 })]);
  });

  it('reports a block that never closes at line 1 and leaves the text as it is', () => {
    const text = '---\nyear: 2021\n标题\n';
    const split = splitFrontMatter(text);
    expect(split.text).toBe(text);
    expect(split.frontMatter).toBeNull();
    expect(split.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'frontMatter.unclosed', line: 1 })]);
  });

  it('does not take a --- further down the text for front matter', () => {
    const text = '标题\n---\nyear: 2021\n---\n';
    expect(splitFrontMatter(text).frontMatter).toBeNull();
  });
});

describe('parseReportFile with front matter', () => {
  const withFrontMatter = `---\nbody: 某县人民政府\nyear: 2021\npublishedOn: 2022-01-20\nsource: https://www.example.gov.cn/a.html\nnotes: 转换自网页\n---\n${REPORT}`;

  it('lets the front matter take the place of the body, the year and the date the text gives', () => {
    const { report } = parseReportFile(bytes(withFrontMatter), 'a/mouxian-2021.txt');
    expect(report.agency).toBe('某县人民政府');
    expect(report.year).toBe(2021);
    expect(report.publishedOn).toBe('2022-01-20');
  });

  it('takes agency in the front matter for body, and gives the text’s body when body and agency differ', () => {
    const alias = parseReportFile(bytes(`---\nagency: 某县人民政府\n---\n${REPORT}`), 'a.txt');
    expect(alias.report.agency).toBe('某县人民政府');
    expect(alias.frontMatter).toEqual({ body: '某县人民政府' });
    const both = parseReportFile(bytes(`---\nbody: 某县人民政府\nagency: 另一县人民政府\n---\n${REPORT}`), 'a.txt');
    expect(both.report.agency).toBe('某县政府');
    expect(both.report.diagnostics[0]).toMatchObject({ severity: 'error', code: 'frontMatter.invalid', line: 3 });
  });

  it('checks the period against the front matter’s year', () => {
    const before = parseReportFile(bytes(REPORT), 'a.txt').report.checks.find((c) => c.rule === 'period.matchesYear');
    const after = parseReportFile(bytes(withFrontMatter), 'a.txt').report.checks.find((c) => c.rule === 'period.matchesYear');
    expect(before?.status).toBe('fail');
    expect(after?.status).toBe('pass');
  });

  it('keeps the lines of the file in what the report points at', () => {
    const plain = parseReportFile(bytes(REPORT), 'a.txt').report;
    const { report } = parseReportFile(bytes(withFrontMatter), 'a.txt');
    expect(report.period?.line).toBe((plain.period?.line ?? 0) + 7);
    expect(report.sections[0]?.line).toBe((plain.sections[0]?.line ?? 0) + 7);
  });

  it('puts the front matter’s errors first among the report’s diagnostics', () => {
    const { report } = parseReportFile(bytes(`---\nyear: 二〇二一\n---\n${REPORT}`), 'a.txt');
    expect(report.diagnostics[0]).toMatchObject({ severity: 'error', code: 'frontMatter.invalid', line: 2 });
  });

  it('stores the front matter with the entry, where the pages can show its source and notes', () => {
    const entry = reportEntrySchema.parse(reportEntryData(parseReportFile(bytes(withFrontMatter), 'a.txt')));
    expect(entry.frontMatter?.source).toBe('https://www.example.gov.cn/a.html');
    expect(entry.frontMatter?.notes).toBe('转换自网页');
  });

  it('stores no front matter for a file without one', () => {
    expect('frontMatter' in reportEntryData(parseReportFile(bytes(REPORT), 'a.txt'))).toBe(false);
  });

  it('keeps the digest of the bytes as they are, front matter included', () => {
    const a = parseReportFile(bytes(withFrontMatter), 'a.txt').source.sha256;
    const b = parseReportFile(bytes(REPORT), 'a.txt').source.sha256;
    expect(a).not.toBe(b);
  });
});

describe('front matter in the catalog', () => {
  it('places a body missing from the registry in the region its front matter gives', () => {
    const text = `---\nregion: [宁夏回族自治区, 吴忠市]\n---\n某新设机关2021年政府信息公开工作年度报告\n`;
    const data = reportEntryData(parseReportFile(bytes(text), 'x/xinshe-2021.txt'));
    const catalog = buildCatalog([{ id: 'x/xinshe-2021', data }], [], '宁夏回族自治区');
    expect(catalog.bodies[0]?.registered).toBe(false);
    expect(catalog.bodies[0]?.region).toEqual(['宁夏回族自治区', '吴忠市']);
    expect(catalog.unplaced).toEqual([]);
  });
});

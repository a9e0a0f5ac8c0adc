// npm run check warns of the evaluators' rules: a late report on its date line, with 逾期 N 天.
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../../src/files/reportFile.ts';
import { checkReports, type FileInput } from '../../../src/portal/check/checkReports.ts';
import { lineNamingDate } from '../../../src/portal/check/locate.ts';
import type { Body } from '../../../src/schema/body.ts';

const registry: Body[] = [{ slug: 'mouxian', name: '某县人民政府', aliases: ['某县'], level: 'county', region: ['某省', '某县'] }];
const context = { registry, registryPath: 'agencies.yaml', rootRegion: '某省' };
const parsed = (path: string, text: string): FileInput => ({
  path,
  checked: true,
  ok: true,
  parsed: parseReportFile(new TextEncoder().encode(text), path),
});
const signed = (date: string) => `某县人民政府2022年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n\n某县人民政府\n${date}\n`;

describe('check: timeliness.deadline', () => {
  it('warns of a late report on the line of its date', () => {
    const [file] = checkReports([parsed('mouxian-2022.txt', signed('2023年4月10日'))], context);
    const late = file?.findings.find((f) => f.code === 'timeliness.deadline');
    expect(late).toMatchObject({ severity: 'warning', line: 8 });
    expect(late?.message).toContain('逾期 10 天');
  });

  it('says nothing of a report on time', () => {
    const [file] = checkReports([parsed('mouxian-2022.txt', signed('2023年3月31日'))], context);
    expect(file?.findings.filter((f) => f.code === 'timeliness.deadline')).toEqual([]);
  });

  it('takes the deadline from the settings', () => {
    const [file] = checkReports([parsed('mouxian-2022.txt', signed('2023年3月10日'))], { ...context, deadlines: { county: '02-28' } });
    expect(file?.findings.find((f) => f.code === 'timeliness.deadline')?.message).toContain('逾期 10 天');
  });

  it('points at the front matter’s publishedOn when it gives the date', () => {
    const text = `---\npublishedOn: 2023-05-01\n---\n${signed('')}`;
    const [file] = checkReports([parsed('mouxian-2022.txt', text)], context);
    expect(file?.findings.find((f) => f.code === 'timeliness.deadline')).toMatchObject({ line: 2 });
  });
});

describe('lineNamingDate', () => {
  it('finds the last line stating the date, with spaces, leading zeros or full-width digits', () => {
    expect(lineNamingDate('2023年4月10日\n正文\n２０２３年 04 月 10 日', '2023-04-10')).toBe(3);
    expect(lineNamingDate('2023年4月1日', '2023-04-10')).toBe(null);
  });
});

// Who reports, for which year, in which format, under which title, over which period, signed when.
import { describe, it, expect } from 'vitest';
import { parseReport } from '../../src/parser/index.ts';
import type { Report } from '../../src/parser/index.ts';

function codes(report: Report): string[] {
  return report.diagnostics.map((d) => d.code);
}

describe('body, title and year', () => {
  it('takes the body and the statistics year from the title, and the signing date from under the signature', () => {
    // Signed in January 2022, about 2021: the year is the one the statistics cover.
    const report = parseReport(`吴忠市红寺堡区柳泉乡人民政府
2021年政府信息公开工作年度报告

本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。

一、总体情况

全年主动公开信息100条。

吴忠市红寺堡区柳泉乡人民政府

2022年1月27日
`);
    expect(report.agency).toBe('吴忠市红寺堡区柳泉乡人民政府');
    expect(report.year).toBe(2021);
    // A title over two lines is joined with no separator.
    expect(report.title).toBe('吴忠市红寺堡区柳泉乡人民政府2021年政府信息公开工作年度报告');
    expect(report.period).toEqual({ from: '2021-01-01', to: '2021-12-31', line: 4 });
    expect(report.publishedOn).toBe('2022-01-27');
  });

  it('removes markdown marks from a title split over two heading lines', () => {
    const report = parseReport(`# 吴忠市人民政府办公室

## 2021 年政府信息公开工作年度报告

### 一、总体情况
`);
    expect(report.title).toBe('吴忠市人民政府办公室2021 年政府信息公开工作年度报告');
    expect(report.agency).toBe('吴忠市人民政府办公室');
    expect(report.year).toBe(2021);
  });

  it('finds the body after the year when the title starts with the year', () => {
    const report = parseReport(`2019年上海市人民政府办公厅政府信息公开工作年度报告
一、总体情况
`);
    expect(report.agency).toBe('上海市人民政府办公厅');
    expect(report.year).toBe(2019);
  });

  it('takes the year from the 统计期限 and the body from the signature when there is no title', () => {
    const report = parseReport(`一、总体情况
本报告所列数据统计期限为2019年1月1日至2019年12月31日。
某某县人民政府
2020年2月1日
`);
    expect(report.title).toBeNull();
    expect(report.year).toBe(2019);
    expect(report.agency).toBe('某某县人民政府');
    expect(report.publishedOn).toBe('2020-02-01');
    expect(codes(report)).toContain('title.missing');
    expect(codes(report)).not.toContain('year.missing');
    expect(codes(report)).not.toContain('agency.missing');
  });

  it('infers the body from what a text without a title says of itself, with an info diagnostic saying where', () => {
    const inferred = (text: string) => {
      const report = parseReport(text);
      const d = report.diagnostics.find((x) => x.code === 'agency.inferred');
      return [report.agency, d?.severity, d?.line, d?.message];
    };
    expect(
      inferred('本报告根据《条例》要求，汇总某某县各有关单位政府信息公开工作情况编制而成。\n一、总体情况\n全年主动公开信息若干条。\n'),
    ).toEqual([
      '某某县',
      'info',
      1,
      '报告的标题和落款都没有写明发布机关，“某某县”取自第 1 行导语中的“汇总……各有关单位……编制”；如不正确，请在 front matter 中写明 body（机关名称）。',
    ]);
    expect(
      inferred('说明\n本报告根据《条例》要求，由某某县人民政府办公室编制。\n一、总体情况\n全年主动公开信息若干条。\n').slice(0, 3),
    ).toEqual(['某某县人民政府办公室', 'info', 2]);
    // The overview's opening: the place, cut where the text uses the name again (not 某某综合实验区全面落实市).
    expect(
      inferred('一、总体情况\n2022年，某某综合实验区全面落实市委部署，公开信息若干条。\n某某综合实验区各部门……\n').slice(0, 3),
    ).toEqual(['某某综合实验区', 'info', 2]);
    // 我区 names no one; a name used once is not taken.
    expect(inferred('一、总体情况\n2022年，我区全面落实部署。\n')[0]).toBeNull();
    expect(inferred('一、总体情况\n2022年，某某县全面落实部署。\n')[0]).toBeNull();
  });

  it('leaves the title’s body and the front matter’s alone, without an info diagnostic', () => {
    const text = '某某县人民政府2021年政府信息公开工作年度报告\n本报告由某某县人民政府办公室编制。\n';
    expect(parseReport(text).agency).toBe('某某县人民政府');
    expect(parseReport(text, { overrides: { body: '某县' } }).agency).toBe('某县');
    expect(parseReport(text).diagnostics.map((d) => d.code)).not.toContain('agency.inferred');
  });

  it('says the body and the year are missing when the text names neither', () => {
    const report = parseReport(`一、总体情况
全年主动公开信息若干条。
`);
    expect(report.agency).toBeNull();
    expect(report.year).toBeNull();
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'agency.missing' }));
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'year.missing' }));
  });

  it('says the file is empty, and nothing more, for a text of white space only', () => {
    const report = parseReport(' \n\t\n');
    expect(codes(report)).toEqual(['input.empty']);
  });
});

describe('publishedOn', () => {
  it('reads a signature date written in Chinese numerals', () => {
    const report = parseReport(`平潭县人民政府2011年政府信息公开工作年度报告

一、概述

本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。

平潭县人民政府
二○一二年二月二十日
`);
    expect(report.publishedOn).toBe('2012-02-20');
    expect(report.agency).toBe('平潭县人民政府');
    expect(report.year).toBe(2011);
  });

  it('is null when no date stands alone under the text', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
一、总体情况
2022年1月27日，我局召开会议部署全年工作。
`);
    expect(report.publishedOn).toBeNull();
  });
});

describe('period', () => {
  it('reads a 统计期限 whose end omits the year', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
本报告所列数据统计期限为2021年1月1日至12月31日。
`);
    expect(report.period).toEqual({ from: '2021-01-01', to: '2021-12-31', line: 2 });
  });

  it('is null when the text states no 统计期限', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
一、总体情况
`);
    expect(report.period).toBeNull();
  });

  it('warns when the 统计期限 is of another year than the title', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
本报告所列数据统计期限为2020年1月1日至2020年12月31日。
`);
    expect(report.year).toBe(2021);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'year.mismatch', line: 2 }));
  });
});

describe('format', () => {
  it('is 2021 for table 2 with 本年制发件数 / 本年废止件数 / 现行有效件数', () => {
    const report = parseReport(`某局2022年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t0
`);
    expect(report.format).toBe('2021');
  });

  it('is 2019 for table 2 with 本年新制作数量 / 本年新公开数量 / 对外公开总数量', () => {
    const report = parseReport(`某局2020年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
`);
    expect(report.format).toBe('2019');
  });

  it('goes by the table rather than the year: a 2021 report printed in the 2019 layout is 2019', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
`);
    expect(report.year).toBe(2021);
    expect(report.format).toBe('2019');
  });

  it('is legacy for a report on a year before 2019', () => {
    const report = parseReport(`某局2015年政府信息公开工作年度报告
一、概述
全年主动公开信息100条。
`);
    expect(report.format).toBe('legacy');
    expect(codes(report)).not.toContain('format.unknown');
  });

  it('is legacy for a report with a 统计表 of 统计指标 / 单位 / 统计数', () => {
    const report = parseReport(`附件：某市政府信息公开情况统计表
统计指标\t单位\t统计数
主动公开政府信息数\t条\t100
`);
    expect(report.format).toBe('legacy');
  });

  it('is unknown, with a warning, for a modern report with no table to show its layout', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
一、总体情况
全年主动公开信息100条。
`);
    expect(report.format).toBe('unknown');
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'format.unknown' }));
  });
});

// One layout trick of real report files per test: each snippet is the smallest text that shows
// the trick, and the assertions name the exact cells the spec says it holds.
import { describe, it, expect } from 'vitest';
import { parseReport } from '../../src/parser/index.ts';
import type { Block, Cell, Report } from '../../src/parser/index.ts';

const APPLICATION_COLUMNS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrganization',
  'legalServiceOrganization',
  'otherOrganization',
  'total',
] as const;

/** A table-3 row as the report's JSON holds it, from seven cells in column order. */
function row(...cells: Cell[]): Record<string, Cell> {
  return Object.fromEntries(APPLICATION_COLUMNS.map((c, i) => [c, cells[i] ?? null]));
}

const ALL_NULL = row(null, null, null, null, null, null, null);

function codes(report: Report): string[] {
  return report.diagnostics.map((d) => d.code);
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

function allBlocks(report: Report): Block[] {
  return [...report.preamble, ...report.sections.flatMap((s) => s.blocks)];
}

// The three header lines of table 3 as word processors export it to tab-separated text.
const TAB_HEADER = `三、收到和处理政府信息公开申请情况

(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t
\t\t自然人\t法人或其他组织\t\t\t\t\t\t
\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t
`;

// The header of table 3 as PDF extraction leaves it: one word per line, numbers separated by spaces.
const PLAIN_HEADER = `三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
申请人情况
自然人
法人或其他组织
总计
`;

describe('grids', () => {
  it('reads tab-separated table 3 rows, skipping the blank label placeholder and the tab left at the line end', () => {
    const report = parseReport(`${TAB_HEADER}一、本年新收政府信息公开申请数量\t\t25\t1\t0\t0\t2\t0\t28\t
二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t
三、本年度办理结果\t(一) 予以公开\t6\t0\t0\t0\t0\t0\t6\t
\t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0
\t\t2. 其他法律行政法规禁止公开\t3\t0\t0\t0\t0\t0\t3
`);
    expect(report.applications?.received).toEqual(row(25, 1, 0, 0, 2, 0, 28));
    expect(report.applications?.carriedOver).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    expect(report.applications?.granted).toEqual(row(6, 0, 0, 0, 0, 0, 6));
    // Rows without placeholder or artefact: the seven cells are the seven columns.
    expect(report.applications?.['denied.stateSecret']).toEqual(row(0, 0, 0, 0, 0, 0, 0));
    expect(report.applications?.['denied.prohibitedByLaw']).toEqual(row(3, 0, 0, 0, 0, 0, 3));
  });

  it('reads table 3 rows whose numbers are separated by spaces', () => {
    const report = parseReport(`${PLAIN_HEADER}一、本年新收政府信息公开申请数量 21 0 3 0 0 0 24
二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2
`);
    expect(report.applications?.received).toEqual(row(21, 0, 3, 0, 0, 0, 24));
    expect(report.applications?.carriedOver).toEqual(row(2, 0, 0, 0, 0, 0, 2));
  });

  it('reads a markdown table under a markdown heading', () => {
    const report = parseReport(`## 二、主动公开政府信息情况

### 第二十条第（一）项
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 1 | 3 |
| 行政规范性文件 | 6 | 1 | 32 |

### 第二十条第（五）项
| 信息内容 | 本年处理决定数量 |
|---|---|
| 行政许可 | 517645 |
`);
    expect(report.proactive?.regulations).toEqual({ issued: 0, repealed: 1, inForce: 3 });
    expect(report.proactive?.normativeDocuments).toEqual({ issued: 6, repealed: 1, inForce: 32 });
    expect(report.proactive?.licensing).toEqual({ decisions: 517645 });
  });

  it('reads table 3 printed as one markdown sub-table per row with generic headers 数据1 to 数据6', () => {
    const report = parseReport(`## 三、收到和处理政府信息公开申请情况

(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)

### 一、本年新收政府信息公开申请数量
| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |
|---|---|---|---|---|---|---|---|
| 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |

### 二、上年结转政府信息公开申请数量
| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |
|---|---|---|---|---|---|---|---|
| 上年结转政府信息公开申请数量 | 36 | 0 | 0 | 0 | 0 | 0 | 36 |

### (三) 不予公开
| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |
|---|---|---|---|---|---|---|---|
| 1. 属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 2. 其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`);
    expect(report.applications?.received).toEqual(row(705, 3, 0, 0, 5, 0, 713));
    expect(report.applications?.carriedOver).toEqual(row(36, 0, 0, 0, 0, 0, 36));
    expect(report.applications?.['denied.stateSecret']).toEqual(row(0, 0, 0, 0, 0, 0, 0));
    expect(report.applications?.['denied.prohibitedByLaw']).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    // The sub-tables' headings are row labels, not sections.
    expect(report.sections.map((s) => s.number)).toEqual([3]);
  });
});

describe('labels broken by the page layout', () => {
  it('names a table 3 row by a label split over two lines', () => {
    const report = parseReport(`${PLAIN_HEADER}一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
（一）予以公开 0 0 0 0 0 0 0
（二）部分公开（区分处理的，只计这一情 形，不
计其他情形） 4 0 0 0 0 0 4
（三）不予公开
1.属于国家秘密 1 0 0 0 0 0 1
`);
    expect(report.applications?.partiallyGranted).toEqual(row(4, 0, 0, 0, 0, 0, 4));
    expect(report.applications?.['denied.stateSecret']).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    // Named by its label, not guessed from its place in the table.
    expect(codes(report)).not.toContain('row.byPosition');
  });

  it('reads past a label printed one character per line without taking it for a section', () => {
    const report = parseReport(`${PLAIN_HEADER}一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
三
、
本
年
度
办
理
结
果
（一）予以公开 5 0 0 0 0 0 5
（二）部分公开（区分处理的，只计这一情形，不计其他情形） 4 0 0 0 0 0 4
`);
    expect(report.applications?.granted).toEqual(row(5, 0, 0, 0, 0, 0, 5));
    expect(report.applications?.partiallyGranted).toEqual(row(4, 0, 0, 0, 0, 0, 4));
    expect(report.sections.map((s) => s.number)).toEqual([3]);
  });

  it('joins the numbers of a row split across a page break with a page marker between', () => {
    const report = parseReport(`${PLAIN_HEADER}（四）无法提供
1.本机关不掌握相关政府信息 10 0 0
- 4 -
0 0 0 10
2.没有现成信息需要另行制作 3 0 0 0 0 0 3
`);
    // The 4 of the page marker is not a cell.
    expect(report.applications?.['unavailable.notHeld']).toEqual(row(10, 0, 0, 0, 0, 0, 10));
    expect(report.applications?.['unavailable.needsCreation']).toEqual(row(3, 0, 0, 0, 0, 0, 3));
  });

  it('reads table 4 under spaced-out header cells', () => {
    const report = parseReport(`三、收到和处理政府信息公开申请情况
申请人情况
一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1
行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
结 果 维 持\t结 果 纠 正\t其 他 结 果\t尚 未 审 结\t总 计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
\t\t\t\t\t结 果 维 持\t结 果 纠 正\t其 他 结 果\t尚 未 审 结\t总 计\t结 果 维 持\t结 果 纠 正\t其 他 结 果\t尚 未 审 结\t总 计
1\t2\t0\t0\t3\t0\t0\t1\t0\t1\t0\t0\t0\t2\t2
`);
    // No 四、 heading here: the spaced-out 维 持 … 纠 正 header alone locates the table.
    expect(report.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 2, other: 0, pending: 0, total: 3 },
      litigationDirect: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 2, total: 2 },
    });
  });
});

describe('cell values', () => {
  it('drops units and keeps signs and decimals in a 2019-format table 2', () => {
    const report = parseReport(`某县人民政府2020年政府信息公开年报
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
规范性文件\t17\t17\t58
第二十条第（六）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政处罚\t2532\t-139 条\t2393
第二十条第（八）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t
行政事业性收费\t11\t0 条\t
第二十条第（九）项\t\t\t
信息内容\t采购项目数量\t采购总金额\t
政府集中采购\t24\t960 万\t
`);
    expect(report.format).toBe('2019');
    expect(report.proactive?.penalty).toEqual({ previousYear: 2532, change: -139, decisions: 2393 });
    expect(report.proactive?.fees).toEqual({ previousYear: 11, change: 0 });
    expect(report.proactive?.procurement).toEqual({ projects: 24, amount: 960 });
  });

  it('keeps the decimals of a money cell in a 2019-format table 2', () => {
    const report = parseReport(`某县人民政府2020年政府信息公开年报
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
第二十条第（九）项\t\t\t
信息内容\t采购项目数量\t采购总金额\t
政府集中采购\t13\t2843.38\t
`);
    expect(report.format).toBe('2019');
    expect(report.proactive?.procurement).toEqual({ projects: 13, amount: 2843.38 });
  });

  it('reads blank, slash and dash cells of table 2 as null, never 0', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t\t/\t-
行政规范性文件\t3\t—\t12
`);
    expect(report.proactive?.regulations).toEqual({ issued: null, repealed: null, inForce: null });
    expect(report.proactive?.normativeDocuments).toEqual({ issued: 3, repealed: null, inForce: 12 });
  });

  it('reads blank and dash cells of table 3 as null in their own columns', () => {
    const report = parseReport(`${TAB_HEADER}一、本年新收政府信息公开申请数量\t\t6\t\t-\t0\t/\t0\t6\t
| （一）予以公开 | 6 | | — | 0 | 0 | 0 | 6 |
`);
    expect(report.applications?.received).toEqual(row(6, null, null, 0, null, 0, 6));
    expect(report.applications?.granted).toEqual(row(6, null, null, 0, 0, 0, 6));
  });
});

describe('numbers run together', () => {
  // A 2021-format table 3 saved as one line of text, as some portals publish it.
  const ONE_LINE_TABLE_3 =
    '某区2022年政府信息公开工作年度报告 本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。' +
    '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 社会公益组织 法律服务机构 其他 ' +
    '（四）无法提供 1.本机关不掌握相关政府信息 3700000372.没有现成信息需要另行制作 00000003.补正后申请内容仍不明确 0000000' +
    '（七）总计 723000075四、结转下年度继续办理 0000000 五、存在的主要问题及改进情况 无。';

  it('splits a run of digits only where the row total leaves one split', () => {
    const report = parseReport(ONE_LINE_TABLE_3);
    expect(report.format).toBe('2021');
    // 72+3 = 75 is the only split of 723000075 into seven numbers whose first six sum to the seventh.
    expect(report.applications?.processedTotal).toEqual(row(72, 3, 0, 0, 0, 0, 75));
    expect(report.applications?.carriedForward).toEqual(row(0, 0, 0, 0, 0, 0, 0));
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'cells.split', line: 1 }));
  });

  it('leaves the digit that numbers the next row out of the run before it', () => {
    const report = parseReport(ONE_LINE_TABLE_3);
    // 3700000372.没有现成信息…: the final 2 is the "2." of the next row.
    expect(report.applications?.['unavailable.notHeld']).toEqual(row(37, 0, 0, 0, 0, 0, 37));
    expect(report.applications?.['unavailable.needsCreation']).toEqual(row(0, 0, 0, 0, 0, 0, 0));
    expect(report.applications?.['unavailable.unclear']).toEqual(row(0, 0, 0, 0, 0, 0, 0));
  });

  it('leaves an ambiguous run null and says it is ambiguous', () => {
    const report = parseReport(
      '某区2019年政府信息公开工作年度报告 二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件898989第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量 三、收到和处理政府信息公开申请情况',
    );
    expect(report.format).toBe('2019');
    expect(report.proactive?.regulations).toEqual({ made: 0, published: 0, publishedTotal: 0 });
    // 8|98|989, 89|8|989, 89|89|89 … all read; nothing says which.
    expect(report.proactive?.normativeDocuments).toEqual({ made: null, published: null, publishedTotal: null });
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'cells.ambiguous', line: 1 }));
  });

  it('leaves a row with fewer numbers than columns all null and says cells were lost', () => {
    const report = parseReport(`${PLAIN_HEADER}一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
（一）予以公开 5 0 0 0 5
（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0
`);
    expect(report.applications?.granted).toEqual(ALL_NULL);
    expect(report.applications?.partiallyGranted).toEqual(row(0, 0, 0, 0, 0, 0, 0));
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'cells.lost', line: 9 }));
  });
});

describe('legacy 统计表', () => {
  it('reads the 统计指标 / 单位 / 统计数 grid with units, dashes and nesting', () => {
    const report = parseReport(`某市2017年政府信息公开工作年度报告
附件：某市2017年政府信息公开情况统计表
统计指标\t单位\t统计数
一、主动公开情况\t——\t
（一）主动公开政府信息数\t条\t1200
其中：主动公开规范性文件数\t条\t35
二、依申请公开情况\t——\t
（一）收到申请数\t件\t12
1. 当面申请数\t件\t4
`);
    expect(report.format).toBe('legacy');
    expect(report.legacyStatistics).toEqual([
      { indicator: '一、主动公开情况', unit: null, value: null, level: 1, line: 4 },
      { indicator: '（一）主动公开政府信息数', unit: '条', value: 1200, level: 2, line: 5 },
      { indicator: '其中：主动公开规范性文件数', unit: '条', value: 35, level: 3, line: 6 },
      { indicator: '二、依申请公开情况', unit: null, value: null, level: 1, line: 7 },
      { indicator: '（一）收到申请数', unit: '件', value: 12, level: 2, line: 8 },
      { indicator: '1. 当面申请数', unit: '件', value: 4, level: 3, line: 9 },
    ]);
  });

  it('reads a flattened 统计表 with a 历年累计 column by its 其中 parts and cumulative totals', () => {
    const report = parseReport(
      '某县人民政府2011年政府信息公开工作年度报告 指标名称计量单位2011年度历年累计主动公开信息数条4251516其中：1.网站公开条41815092.政府公报公开条77',
    );
    // 4251516 reads as 425|1516 only: 418 + 7 = 425 and 1509 + 7 = 1516.
    expect(report.legacyStatistics).toEqual([
      { indicator: '主动公开信息数', unit: '条', value: 425, extra: [{ label: '历年累计', value: 1516 }], level: 1, line: 1 },
      { indicator: '其中：1.网站公开', unit: '条', value: 418, extra: [{ label: '历年累计', value: 1509 }], level: 2, line: 1 },
      { indicator: '2.政府公报公开', unit: '条', value: 7, extra: [{ label: '历年累计', value: 7 }], level: 2, line: 1 },
    ]);
  });
});

describe('sections', () => {
  const headings = (report: Report) => report.sections.map((s) => [s.number, s.key, s.heading, s.line]);

  it('recognises headings marked up with markdown # and **bold**', () => {
    const report = parseReport(`# 某区2021年政府信息公开工作年度报告

## 一、总体情况

全年主动公开信息100条。

### **二、主动公开政府信息情况**

正文。

**三、收到和处理政府信息公开申请情况**

正文。
`);
    expect(headings(report)).toEqual([
      [1, 'overview', '总体情况', 3],
      [2, 'proactive', '主动公开政府信息情况', 7],
      [3, 'applications', '收到和处理政府信息公开申请情况', 11],
    ]);
  });

  it('recognises headings with half-width punctuation and a final full stop', () => {
    const report = parseReport(`某区2021年政府信息公开工作年度报告
一.总体情况
正文。
二, 主动公开政府信息情况
正文。
三,收到和处理政府信息公开申请情况。
正文。
`);
    expect(headings(report)).toEqual([
      [1, 'overview', '总体情况', 2],
      [2, 'proactive', '主动公开政府信息情况', 4],
      [3, 'applications', '收到和处理政府信息公开申请情况', 6],
    ]);
  });

  it('recognises differently worded headings in a report without a title line', () => {
    const report = parseReport(`一、总体情况
全年主动公开信息100条。
四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
无。
五、存在的主要问题及改进措施
无。
`);
    expect(report.title).toBeNull();
    expect(headings(report)).toEqual([
      [1, 'overview', '总体情况', 1],
      [4, 'reviewLitigation', '因政府信息公开工作被申请行政复议、提起行政诉讼情况', 3],
      [5, 'problems', '存在的主要问题及改进措施', 5],
    ]);
  });

  it('finds headings in a report that is all on one line, each ending where the running text starts', () => {
    const filler =
      '坚持以人民为中心的发展思想，不断完善政府信息公开制度，建立健全政府信息公开保障机制，推进政府信息公开工作规范、有序、健康发展。';
    const report = parseReport(
      `某区2021年政府信息公开工作年度报告 本报告所列数据统计期限为2021年1月1日至2021年12月31日。一、总体情况 2021年，我区${filler}${filler}二、主动公开政府信息情况 全年主动公开规范性文件3件。三、收到和处理政府信息公开申请情况 全年未收到政府信息公开申请。四、政府信息公开行政复议、行政诉讼情况 无。五、存在的主要问题及改进情况 一是队伍建设有待加强。二是公开平台有待完善。六、其他需要报告的事项 无。`,
    );
    expect(headings(report)).toEqual([
      [1, 'overview', '总体情况', 1],
      [2, 'proactive', '主动公开政府信息情况', 1],
      [3, 'applications', '收到和处理政府信息公开申请情况', 1],
      [4, 'reviewLitigation', '政府信息公开行政复议、行政诉讼情况', 1],
      [5, 'problems', '存在的主要问题及改进情况', 1],
      [6, 'other', '其他需要报告的事项', 1],
    ]);
    // The 一是/二是 of running text are not headings, and stay in the section's text.
    expect(paragraphs(report.sections[4]?.blocks ?? [])).toEqual(['一是队伍建设有待加强。二是公开平台有待完善。']);
  });
});

describe('page markers and page chrome', () => {
  it('keeps page markers and web-page chrome out of the body text', () => {
    const report = parseReport(`当前位置：首页 > 政务公开 > 政府信息公开年报
某区2021年政府信息公开工作年度报告
一、总体情况
全年主动公开信息100条。
- 2 -
二、主动公开政府信息情况
全年主动公开规范性文件3件。
— 3 —
五、存在的主要问题及改进情况
一是队伍建设有待加强。
附件下载
`);
    expect(report.title).toBe('某区2021年政府信息公开工作年度报告');
    expect(report.preamble).toEqual([]);
    expect(report.sections.map((s) => paragraphs(s.blocks))).toEqual([
      ['全年主动公开信息100条。'],
      ['全年主动公开规范性文件3件。'],
      ['一是队伍建设有待加强。'],
    ]);
  });

  it('rejoins a paragraph broken by a page break into one paragraph', () => {
    const report = parseReport(`某区2021年政府信息公开工作年度报告

一、总体情况

2021年，我区认真贯彻落实《条例》要求，不断完善政府信息公开制度，建立健全

— 2 —

政府信息公开保障机制。

第二段。
`);
    expect(report.sections[0]?.blocks).toEqual([
      {
        type: 'paragraph',
        text: '2021年，我区认真贯彻落实《条例》要求，不断完善政府信息公开制度，建立健全政府信息公开保障机制。',
        line: 5,
      },
      { type: 'paragraph', text: '第二段。', line: 11 },
    ]);
  });
});

describe('fragments of other documents', () => {
  it('keeps a stray grid in the middle of prose as a fragment, not a table and not a section', () => {
    const report = parseReport(`某市2017年政府信息公开工作年度报告
一、概述
2017年，我市认真贯彻落实《条例》要求。
盐池县2018年农业综合开发土地治理勘测设计中标公示\t\t\t
索引号\t640300032/2018-04416\t文号\t
建设地点\t盐池县\t结构性质\t/
投标费率(%)\t2.90\t招标方式\t公开招标
二、主动公开政府信息情况
全年主动公开信息100条。
`);
    expect(report.sections.map((s) => s.number)).toEqual([1, 2]);
    expect(report.sections[0]?.blocks).toEqual([
      { type: 'paragraph', text: '2017年，我市认真贯彻落实《条例》要求。', line: 3 },
      {
        type: 'fragment',
        lines: [
          '盐池县2018年农业综合开发土地治理勘测设计中标公示\t\t\t',
          '索引号\t640300032/2018-04416\t文号\t',
          '建设地点\t盐池县\t结构性质\t/',
          '投标费率(%)\t2.90\t招标方式\t公开招标',
        ],
        line: 4,
      },
    ]);
    expect(allBlocks(report).some((b) => b.type === 'table')).toBe(false);
    expect([report.proactive, report.applications, report.reviewLitigation, report.legacyStatistics]).toEqual([null, null, null, null]);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'text.fragment', line: 4 }));
  });
});

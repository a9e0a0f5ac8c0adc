// Each rule of the spec (勾稽关系) as pass, fail and uncheckable on the smallest text that states
// it. A check shows the reader the rule, the cells, and the expected and actual figures.
import { describe, it, expect } from 'vitest';
import { parseReport } from '../../src/parser/index.ts';
import type { Check, Report } from '../../src/parser/index.ts';

const COLUMNS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrganization',
  'legalServiceOrganization',
  'otherOrganization',
  'total',
] as const;

// Table 3 row labels as the 2021 format prints them.
const LABEL: Record<string, string> = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'denied.stateSecret': '（三）不予公开 1.属于国家秘密',
  'denied.prohibitedByLaw': '2.其他法律行政法规禁止公开',
  'denied.securityStability': '3.危及“三安全一稳定”',
  'denied.thirdPartyRights': '4.保护第三方合法权益',
  'denied.internalAffairs': '5.属于三类内部事务信息',
  'denied.processInformation': '6.属于四类过程性信息',
  'denied.enforcementFile': '7.属于行政执法案卷',
  'denied.administrativeQuery': '8.属于行政查询事项',
  'unavailable.notHeld': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '2.没有现成信息需要另行制作',
  'unavailable.unclear': '3.补正后申请内容仍不明确',
  'notProcessed.complaint': '（五）不予处理 1.信访举报投诉类申请',
  'notProcessed.repeated': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.excessive': '4.无正当理由大量反复申请',
  'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  otherHandling: '（六）其他处理',
  'otherHandling.noCorrection': '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.unpaidFee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.other': '3.其他',
  processedTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

const OUTCOME_ROWS = [
  'granted',
  'partiallyGranted',
  'denied.stateSecret',
  'denied.prohibitedByLaw',
  'denied.securityStability',
  'denied.thirdPartyRights',
  'denied.internalAffairs',
  'denied.processInformation',
  'denied.enforcementFile',
  'denied.administrativeQuery',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclear',
  'notProcessed.complaint',
  'notProcessed.repeated',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
];

/** Table 3 as a markdown table: one row per entry, cells as printed ('-' for a dash cell). */
function table3(rows: [key: string, cells: string][], prose = ''): string {
  const lines = rows.map(([key, cells]) => `| ${LABEL[key]} | ${cells.split(' ').join(' | ')} |`);
  return `三、收到和处理政府信息公开申请情况

${prose}

| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
${lines.join('\n')}
`;
}

function checksOf(report: Report, rule: string): Check[] {
  return report.checks.filter((c) => c.rule === rule);
}

function checkOf(report: Report, rule: string, subject: string | null): Check {
  const found = report.checks.filter((c) => c.rule === rule && c.subject === subject);
  expect(found, `${rule} ${String(subject)}`).toHaveLength(1);
  return found[0] as Check;
}

/** The check without its message, which is prose for people. */
function fields(c: Check) {
  return { rule: c.rule, subject: c.subject, status: c.status, expected: c.expected, actual: c.actual, cells: c.cells };
}

describe('applications.balance', () => {
  // naturalPerson balances, commercialEnterprise does not, researchInstitution has a dash cell.
  const report = parseReport(
    table3([
      ['received', '5 2 - 0 0 0 7'],
      ['carriedOver', '1 0 0 0 0 0 1'],
      ['processedTotal', '4 1 0 0 0 0 5'],
      ['carriedForward', '2 0 0 0 0 0 2'],
    ]),
  );
  const cells = (c: string) => ['received', 'carriedOver', 'processedTotal', 'carriedForward'].map((r) => `applications.${r}.${c}`);

  it('has one check per column, in column order', () => {
    expect(checksOf(report, 'applications.balance').map((c) => c.subject)).toEqual([...COLUMNS]);
  });

  it('passes when new plus carried-over applications equal processed plus carried-forward', () => {
    expect(fields(checkOf(report, 'applications.balance', 'naturalPerson'))).toEqual({
      rule: 'applications.balance',
      subject: 'naturalPerson',
      status: 'pass',
      expected: 6,
      actual: 6,
      cells: cells('naturalPerson'),
    });
  });

  it('fails with both sums when they differ', () => {
    expect(fields(checkOf(report, 'applications.balance', 'commercialEnterprise'))).toEqual({
      rule: 'applications.balance',
      subject: 'commercialEnterprise',
      status: 'fail',
      expected: 2,
      actual: 1,
      cells: cells('commercialEnterprise'),
    });
    expect(checkOf(report, 'applications.balance', 'total')).toMatchObject({ status: 'fail', expected: 8, actual: 7 });
  });

  it('is uncheckable, with the unknown side null, when a cell it needs is null', () => {
    expect(fields(checkOf(report, 'applications.balance', 'researchInstitution'))).toEqual({
      rule: 'applications.balance',
      subject: 'researchInstitution',
      status: 'uncheckable',
      expected: null,
      actual: 0,
      cells: cells('researchInstitution'),
    });
  });
});

describe('applications.outcomes', () => {
  // 2019 layout: one undivided （六）其他处理 row. naturalPerson adds up, commercialEnterprise
  // does not, researchInstitution has a dash among its outcomes.
  const rows: [string, string][] = [
    ['received', '3 1 0 0 0 0 4'],
    ['carriedOver', '0 0 0 0 0 0 0'],
    ...OUTCOME_ROWS.map((k): [string, string] => [
      k,
      k === 'granted' ? '2 0 0 0 0 0 2' : k === 'denied.thirdPartyRights' ? '0 0 - 0 0 0 0' : '0 0 0 0 0 0 0',
    ]),
    ['otherHandling', '1 0 0 0 0 0 1'],
    ['processedTotal', '3 1 0 0 0 0 4'],
    ['carriedForward', '0 0 0 0 0 0 0'],
  ];
  const report = parseReport(table3(rows));
  const cells = (c: string) => [...OUTCOME_ROWS, 'otherHandling', 'processedTotal'].map((r) => `applications.${r}.${c}`);

  it('passes when the outcome rows, the single （六） row included, sum to （七）总计', () => {
    expect(fields(checkOf(report, 'applications.outcomes', 'naturalPerson'))).toEqual({
      rule: 'applications.outcomes',
      subject: 'naturalPerson',
      status: 'pass',
      expected: 3,
      actual: 3,
      cells: cells('naturalPerson'),
    });
  });

  it('fails with the sum as expected and （七）总计 as actual when they differ', () => {
    expect(fields(checkOf(report, 'applications.outcomes', 'commercialEnterprise'))).toEqual({
      rule: 'applications.outcomes',
      subject: 'commercialEnterprise',
      status: 'fail',
      expected: 0,
      actual: 1,
      cells: cells('commercialEnterprise'),
    });
  });

  it('is uncheckable when an outcome cell is null', () => {
    expect(fields(checkOf(report, 'applications.outcomes', 'researchInstitution'))).toEqual({
      rule: 'applications.outcomes',
      subject: 'researchInstitution',
      status: 'uncheckable',
      expected: null,
      actual: 0,
      cells: cells('researchInstitution'),
    });
  });

  it('sums the three （六） sub-rows in the 2021 layout', () => {
    const report2021 = parseReport(
      table3([
        ['received', '4 0 0 0 0 0 4'],
        ...OUTCOME_ROWS.map((k): [string, string] => [k, k === 'granted' ? '1 0 0 0 0 0 1' : '0 0 0 0 0 0 0']),
        ['otherHandling.noCorrection', '1 0 0 0 0 0 1'],
        ['otherHandling.unpaidFee', '1 0 0 0 0 0 1'],
        ['otherHandling.other', '1 0 0 0 0 0 1'],
        ['processedTotal', '4 0 0 0 0 0 4'],
      ]),
    );
    const subRows = ['otherHandling.noCorrection', 'otherHandling.unpaidFee', 'otherHandling.other'];
    expect(fields(checkOf(report2021, 'applications.outcomes', 'naturalPerson'))).toEqual({
      rule: 'applications.outcomes',
      subject: 'naturalPerson',
      status: 'pass',
      expected: 4,
      actual: 4,
      cells: [...OUTCOME_ROWS, ...subRows, 'processedTotal'].map((r) => `applications.${r}.naturalPerson`),
    });
  });
});

describe('applications.rowTotal', () => {
  const report = parseReport(
    table3([
      ['received', '3 1 0 0 0 0 4'],
      ['granted', '1 0 0 0 0 0 2'],
      ['partiallyGranted', '1 - 0 0 0 0 1'],
    ]),
  );
  const cells = (r: string) => COLUMNS.map((c) => `applications.${r}.${c}`);

  it('passes when the six applicant columns sum to 总计', () => {
    expect(fields(checkOf(report, 'applications.rowTotal', 'received'))).toEqual({
      rule: 'applications.rowTotal',
      subject: 'received',
      status: 'pass',
      expected: 4,
      actual: 4,
      cells: cells('received'),
    });
  });

  it('fails with the sum as expected and 总计 as actual when they differ', () => {
    expect(fields(checkOf(report, 'applications.rowTotal', 'granted'))).toEqual({
      rule: 'applications.rowTotal',
      subject: 'granted',
      status: 'fail',
      expected: 1,
      actual: 2,
      cells: cells('granted'),
    });
  });

  it('is uncheckable when an applicant cell is null', () => {
    expect(fields(checkOf(report, 'applications.rowTotal', 'partiallyGranted'))).toEqual({
      rule: 'applications.rowTotal',
      subject: 'partiallyGranted',
      status: 'uncheckable',
      expected: null,
      actual: 1,
      cells: cells('partiallyGranted'),
    });
  });

  it('is uncheckable for a row the text lost', () => {
    expect(checkOf(report, 'applications.rowTotal', 'carriedForward')).toMatchObject({
      status: 'uncheckable',
      expected: null,
      actual: null,
    });
  });
});

describe('reviewLitigation.groupTotal', () => {
  // review adds up, litigationDirect does not, litigationAfterReview has a dash.
  const report = parseReport(`三、收到和处理政府信息公开申请情况
申请人情况

四、政府信息公开行政复议、行政诉讼情况

行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
1\t2\t0\t0\t3\t0\t0\t1\t0\t2\t0\t0\t0\t-\t1
`);
  const cells = (g: string) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `reviewLitigation.${g}.${c}`);

  it('passes when 维持, 纠正, 其他结果 and 尚未审结 sum to 总计', () => {
    expect(fields(checkOf(report, 'reviewLitigation.groupTotal', 'review'))).toEqual({
      rule: 'reviewLitigation.groupTotal',
      subject: 'review',
      status: 'pass',
      expected: 3,
      actual: 3,
      cells: cells('review'),
    });
  });

  it('fails with the sum as expected and 总计 as actual when they differ', () => {
    expect(fields(checkOf(report, 'reviewLitigation.groupTotal', 'litigationDirect'))).toEqual({
      rule: 'reviewLitigation.groupTotal',
      subject: 'litigationDirect',
      status: 'fail',
      expected: 1,
      actual: 2,
      cells: cells('litigationDirect'),
    });
  });

  it('is uncheckable when a cell of the group is null', () => {
    expect(fields(checkOf(report, 'reviewLitigation.groupTotal', 'litigationAfterReview'))).toEqual({
      rule: 'reviewLitigation.groupTotal',
      subject: 'litigationAfterReview',
      status: 'uncheckable',
      expected: null,
      actual: 1,
      cells: cells('litigationAfterReview'),
    });
  });
});

describe('counts.nonNegativeInteger', () => {
  it('passes once for the whole report when every known count is a whole number ≥ 0', () => {
    const report = parseReport(table3([['received', '3 1 0 0 0 0 4']]));
    expect(checksOf(report, 'counts.nonNegativeInteger').map(fields)).toEqual([
      { rule: 'counts.nonNegativeInteger', subject: null, status: 'pass', expected: null, actual: null, cells: [] },
    ]);
  });

  it('fails once for each negative count in table 3, naming the cell', () => {
    const report = parseReport(
      table3([
        ['received', '3 1 0 0 0 0 4'],
        ['granted', '-1 0 0 0 0 0 -1'],
      ]),
    );
    expect(checksOf(report, 'counts.nonNegativeInteger').map(fields)).toEqual([
      {
        rule: 'counts.nonNegativeInteger',
        subject: 'applications.granted.naturalPerson',
        status: 'fail',
        expected: null,
        actual: -1,
        cells: ['applications.granted.naturalPerson'],
      },
      {
        rule: 'counts.nonNegativeInteger',
        subject: 'applications.granted.total',
        status: 'fail',
        expected: null,
        actual: -1,
        cells: ['applications.granted.total'],
      },
    ]);
  });

  it('fails for a count with a fraction', () => {
    const report = parseReport(table3([['received', '1.5 0 0 0 0 0 1.5']]));
    expect(checksOf(report, 'counts.nonNegativeInteger').map((c) => [c.subject, c.status, c.actual])).toEqual([
      ['applications.received.naturalPerson', 'fail', 1.5],
      ['applications.received.total', 'fail', 1.5],
    ]);
  });

  it('accepts a negative 本年增/减 and an amount of money with decimals', () => {
    const report = parseReport(`某县人民政府2020年政府信息公开年报
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
第二十条第（六）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政处罚\t2532\t-139\t2393
第二十条第（九）项\t\t\t
信息内容\t采购项目数量\t采购总金额\t
政府集中采购\t13\t2843.38\t
`);
    expect(report.proactive?.penalty?.change).toBe(-139);
    expect(report.proactive?.procurement?.amount).toBe(2843.38);
    expect(checksOf(report, 'counts.nonNegativeInteger').map((c) => [c.subject, c.status])).toEqual([[null, 'pass']]);
  });

  it('is uncheckable once when no count is known', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
一、总体情况
全年主动公开信息100条。
`);
    expect(checksOf(report, 'counts.nonNegativeInteger').map(fields)).toEqual([
      { rule: 'counts.nonNegativeInteger', subject: null, status: 'uncheckable', expected: null, actual: null, cells: [] },
    ]);
  });
});

describe('period.matchesYear', () => {
  const withPeriod = (period: string) =>
    parseReport(`某局2021年政府信息公开工作年度报告
${period}
一、总体情况
`);

  it('passes when the 统计期限 is 1 January to 31 December of the report year', () => {
    const report = withPeriod('本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。');
    expect(checksOf(report, 'period.matchesYear').map(fields)).toEqual([
      {
        rule: 'period.matchesYear',
        subject: null,
        status: 'pass',
        expected: '2021-01-01/2021-12-31',
        actual: '2021-01-01/2021-12-31',
        cells: [],
      },
    ]);
  });

  it('fails for a period that stops before 31 December', () => {
    const report = withPeriod('本报告所列数据统计期限为2021年1月1日至2021年11月30日。');
    expect(checksOf(report, 'period.matchesYear').map(fields)).toEqual([
      {
        rule: 'period.matchesYear',
        subject: null,
        status: 'fail',
        expected: '2021-01-01/2021-12-31',
        actual: '2021-01-01/2021-11-30',
        cells: [],
      },
    ]);
  });

  it('fails for a period of another year than the title’s', () => {
    const report = withPeriod('本报告所列数据统计期限为2020年1月1日至2020年12月31日。');
    expect(checkOf(report, 'period.matchesYear', null)).toMatchObject({
      status: 'fail',
      expected: '2021-01-01/2021-12-31',
      actual: '2020-01-01/2020-12-31',
    });
  });

  it('is uncheckable when the text states no period', () => {
    const report = withPeriod('本报告根据《中华人民共和国政府信息公开条例》编制。');
    expect(checksOf(report, 'period.matchesYear').map(fields)).toEqual([
      { rule: 'period.matchesYear', subject: null, status: 'uncheckable', expected: '2021-01-01/2021-12-31', actual: null, cells: [] },
    ]);
  });
});

describe('text.matchesTable', () => {
  const received = (cells: string, prose: string) => parseReport(table3([['received', cells]], prose));

  it('passes when the prose states the figure the table holds', () => {
    const report = received('10 1 0 0 0 0 11', '本年度共收到政府信息公开申请11件，均已按时答复。');
    expect(checksOf(report, 'text.matchesTable').map(fields)).toEqual([
      {
        rule: 'text.matchesTable',
        subject: 'applications.received.total',
        status: 'pass',
        expected: 11,
        actual: 11,
        cells: ['applications.received.total'],
      },
    ]);
  });

  it('fails with the table cell as expected and the prose figure as actual when they differ', () => {
    const report = received('10 2 0 0 0 0 12', '本年度共收到政府信息公开申请11件，均已按时答复。');
    expect(checksOf(report, 'text.matchesTable').map(fields)).toEqual([
      {
        rule: 'text.matchesTable',
        subject: 'applications.received.total',
        status: 'fail',
        expected: 12,
        actual: 11,
        cells: ['applications.received.total'],
      },
    ]);
  });

  it('is uncheckable when the table cell is null', () => {
    const report = received('10 1 0 0 0 0 -', '本年度共收到政府信息公开申请11件，均已按时答复。');
    expect(checksOf(report, 'text.matchesTable').map(fields)).toEqual([
      {
        rule: 'text.matchesTable',
        subject: 'applications.received.total',
        status: 'uncheckable',
        expected: null,
        actual: 11,
        cells: ['applications.received.total'],
      },
    ]);
  });

  it('reads 未收到政府信息公开申请 as a statement of 0', () => {
    const report = received('0 0 0 0 0 0 0', '本年度未收到政府信息公开申请。');
    expect(checkOf(report, 'text.matchesTable', 'applications.received.total')).toMatchObject({ status: 'pass', expected: 0, actual: 0 });
  });

  it('checks the carried-over and processed figures the prose states', () => {
    const report = parseReport(
      table3(
        [
          ['received', '9 0 0 0 0 0 9'],
          ['carriedOver', '2 0 0 0 0 0 2'],
          ['processedTotal', '10 0 0 0 0 0 10'],
        ],
        '上年结转3件，全年办结政府信息公开申请10件。',
      ),
    );
    expect(checkOf(report, 'text.matchesTable', 'applications.carriedOver.total')).toMatchObject({
      status: 'fail',
      expected: 2,
      actual: 3,
      cells: ['applications.carriedOver.total'],
    });
    expect(checkOf(report, 'text.matchesTable', 'applications.processedTotal.total')).toMatchObject({
      status: 'pass',
      expected: 10,
      actual: 10,
      cells: ['applications.processedTotal.total'],
    });
    // The prose does not state the number received: no check for it.
    expect(checksOf(report, 'text.matchesTable').map((c) => c.subject)).not.toContain('applications.received.total');
  });

  it('makes no check when the report has no table 3', () => {
    const report = parseReport(`某局2021年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
本年度共收到政府信息公开申请11件。
`);
    expect(report.applications).toBeNull();
    expect(checksOf(report, 'text.matchesTable')).toEqual([]);
  });
});

describe('the outcome rule of a table whose （六） row is printed in part', () => {
  it('names the parts that table prints, whatever tables were checked before it', async () => {
    // An internal import: the rule itself, run on tables the parser would not produce in this order.
    const { outcomesRule } = await import('../../src/parser/rules/outcomesRule.ts');
    const zero = Object.fromEntries(COLUMNS.map((c) => [c, 0]));
    const table = (...parts: string[]) =>
      Object.fromEntries([...Object.keys(LABEL).filter((k) => !k.startsWith('otherHandling')), ...parts].map((k) => [k, zero]));
    // Two forms with as many rows and the same last row: each must keep its own cells.
    const first = outcomesRule(table('otherHandling.noCorrection', 'otherHandling.other'));
    const second = outcomesRule(table('otherHandling.unpaidFee', 'otherHandling.other'));
    expect(first[0]?.cells).toContain('applications.otherHandling.noCorrection.naturalPerson');
    expect(second[0]?.cells).toContain('applications.otherHandling.unpaidFee.naturalPerson');
    expect(second[0]?.cells).not.toContain('applications.otherHandling.noCorrection.naturalPerson');
  });
});

// Properties that hold for any text, checked on random input with fast-check: the parser never
// breaks, never invents a number, always answers the same, and takes time in proportion to the
// text. Run counts are set per property and kept so that this file stays well under a minute on a
// two-core machine.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseReport } from '../../src/parser/index.ts';
import type { Report } from '../../src/parser/index.ts';

const RUNS = {
  unicode: 1000,
  tokens: 1000,
  mutations: 500,
  deterministic: 300,
};

const root = join(import.meta.dirname, '../fixtures/reports');
const FIXTURES: string[] = readdirSync(root)
  .filter((name) => statSync(join(root, name)).isDirectory())
  .sort()
  .map((name) => readFileSync(join(root, name, 'input.txt'), 'utf8'));

// ---- inputs ----------------------------------------------------------------------------------

// Pieces of real reports: headings, table labels, grid separators, numbers, dates and page furniture.
const TOKENS = [
  // section headings, plain and marked up
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '一、概述',
  '二.',
  '三,',
  '# ',
  '## ',
  '**',
  '（一）',
  '（六）',
  '(四) ',
  '1.',
  '2、',
  // title and metadata
  '某区2021年政府信息公开工作年度报告',
  '政府信息公开工作年度报告',
  '本报告所列数据统计期限为',
  '2021年1月1日',
  '至',
  '2021年12月31日',
  '12月31日',
  '二○一二年二月二十日',
  '某县人民政府',
  // table 2
  '第二十条第（一）项',
  '第二十条第（五）项',
  '第二十条第（九）项',
  '信息内容',
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '规章',
  '行政规范性文件',
  '规范性文件',
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政事业性收费',
  '本年增/减',
  '上一年项目数量',
  '政府集中采购',
  '采购总金额',
  '本年收费金额（单位：万元）',
  // table 3
  '申请人情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '予以公开',
  '部分公开',
  '（三）不予公开',
  '属于国家秘密',
  '没有现成信息需要另行制作',
  '重复申请',
  '（六）其他处理',
  '逾期不补正',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
  '三',
  '、',
  '本',
  '年',
  '度',
  // table 4
  '行政复议',
  '行政诉讼',
  '结果维持',
  '结 果 维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '未经复议直接起诉',
  '复议后起诉',
  // legacy 统计表
  '统计指标',
  '单位',
  '统计数',
  '指标名称',
  '计量单位',
  '2011年度',
  '历年累计',
  '其中：',
  '统计表',
  '附件：',
  '条',
  '件',
  '万元',
  '人次',
  '——',
  // prose with figures
  '共收到政府信息公开申请',
  '未收到政府信息公开申请',
  '上年结转',
  '办结政府信息公开申请',
  '。',
  '，',
  '；',
  // grid and layout
  '\t',
  '\t\t',
  '|',
  ' | ',
  '|---|---|',
  ' ',
  '\n',
  '\n\n',
  '/',
  '-',
  '—',
  '－',
  // page markers and chrome
  '\n- 2 -\n',
  '\n— 3 —\n',
  '\n第 4 页\n',
  '当前位置：首页 > 政务公开',
  '\n附件下载\n',
];

const digits = fc.stringMatching(/^[0-9]{1,7}$/);
const token = fc.oneof(
  { arbitrary: fc.constantFrom(...TOKENS), weight: 6 },
  { arbitrary: digits, weight: 3 },
  { arbitrary: fc.stringMatching(/^-?[0-9]{1,4}(\.[0-9]{1,3})? ?(条|件|万|元)?$/), weight: 1 },
  { arbitrary: fc.stringMatching(/^[０-９]{1,4}$/), weight: 1 },
);

// Runs of 16 or more digits stay in the inputs: a double cannot hold them exactly, so the parser
// must leave them unread rather than report a changed number.
const tokenText = fc.array(token, { maxLength: 300, size: 'large' }).map((ts) => ts.join(''));

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'swap'; at: number; other: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: position, length: fc.nat(400) }),
  fc.record({ kind: fc.constant('swap' as const), at: position, other: position, length: fc.nat(400) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(digits, fc.constantFrom('\n', '\n\n', '\t', ' ')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'swap': {
      // Exchange two non-overlapping slices of the same length.
      const [a, b] = [at, Math.floor(m.other * text.length)].sort((x, y) => x - y) as [number, number];
      const length = Math.min(m.length, b - a, text.length - b);
      if (length <= 0) return text;
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
  }
}

const mutatedFixture = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

// ---- what is checked -------------------------------------------------------------------------

function parsesCleanly(text: string): Report {
  const report = parseReport(text, { path: 'fuzz.txt' });
  const internal = report.diagnostics.filter((d) => d.code === 'parser.internal');
  if (internal.length > 0) throw new Error(internal.map((d) => d.message).join('\n'));
  return report;
}

/** Every number the report's tables hold, with where it is. */
function numbersOf(report: Report): [where: string, value: number][] {
  const out: [string, number][] = [];
  const rows = (table: string, t: Record<string, Record<string, number | null>> | null) => {
    for (const [row, cells] of Object.entries(t ?? {})) {
      for (const [column, v] of Object.entries(cells)) if (v !== null) out.push([`${table}.${row}.${column}`, v]);
    }
  };
  rows('proactive', report.proactive);
  rows('applications', report.applications);
  rows('reviewLitigation', report.reviewLitigation as unknown as Record<string, Record<string, number | null>> | null);
  for (const [i, r] of (report.legacyStatistics ?? []).entries()) {
    if (r.value !== null) out.push([`legacyStatistics[${i}].value`, r.value]);
    for (const [k, e] of (r.extra ?? []).entries()) if (e.value !== null) out.push([`legacyStatistics[${i}].extra[${k}]`, e.value]);
  }
  return out;
}

/**
 * The text as numbers can be found in it: no white space (numbers are spaced out or broken over
 * lines), full-width forms half-width (１２．５ is 12.5), and digit-grouping commas dropped (1,234).
 */
function searchable(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3})/g, '$1');
}

function inventedNumbers(text: string, report: Report): string[] {
  const haystack = searchable(text);
  return numbersOf(report)
    .filter(([, v]) => !haystack.includes(String(Math.abs(v))))
    .map(([where, v]) => `${where} = ${v}`);
}

// ---- properties ------------------------------------------------------------------------------

describe('parseReport never breaks', () => {
  it('on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1000, size: 'large' }), (text) => {
        parsesCleanly(text);
      }),
      { numRuns: RUNS.unicode },
    );
  });

  it('on strings built from report-like tokens', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        parsesCleanly(text);
      }),
      { numRuns: RUNS.tokens },
    );
  });

  it('on real reports with slices deleted, duplicated or swapped, digits or newlines inserted, or the end cut off', () => {
    fc.assert(
      fc.property(mutatedFixture, (text) => {
        parsesCleanly(text);
      }),
      { numRuns: RUNS.mutations },
    );
  });
});

describe('parseReport never invents a number', () => {
  it('holds for the real reports as they are', () => {
    for (const text of FIXTURES) expect(inventedNumbers(text, parsesCleanly(text))).toEqual([]);
  });

  it('on strings built from report-like tokens', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        expect(inventedNumbers(text, parsesCleanly(text))).toEqual([]);
      }),
      { numRuns: RUNS.tokens },
    );
  });

  it('on mutated real reports', () => {
    fc.assert(
      fc.property(mutatedFixture, (text) => {
        expect(inventedNumbers(text, parsesCleanly(text))).toEqual([]);
      }),
      { numRuns: RUNS.mutations },
    );
  });
});

describe('parseReport is deterministic', () => {
  it('gives deep-equal reports for the same text parsed twice', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedFixture, tokenText), (text) => {
        const first = parseReport(text);
        // Other texts in between, so that nothing one parse leaves behind can leak into the next.
        parseReport(FIXTURES[0] ?? '');
        expect(parseReport(text)).toEqual(first);
      }),
      { numRuns: RUNS.deterministic },
    );
  });
});

describe('parse time grows linearly with the text', () => {
  /** Fastest of seven runs of each text, interleaved so that both see the same machine load. */
  function fastest(a: string, b: string): [number, number] {
    parseReport(a);
    parseReport(b);
    let ta = Number.POSITIVE_INFINITY;
    let tb = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 7; i++) {
      let t0 = performance.now();
      parseReport(a);
      ta = Math.min(ta, performance.now() - t0);
      t0 = performance.now();
      parseReport(b);
      tb = Math.min(tb, performance.now() - t0);
    }
    return [ta, tb];
  }

  function repeatTo(base: string, separator: string, size: number): string {
    let out = base;
    while (out.length < size) out += separator + base;
    return out;
  }

  // A burst of load from other processes can still spoil one measurement; a parser that is not
  // linear fails every attempt.
  const retry = { retry: 2 };

  it('for the real reports repeated to about 200 KB and 400 KB', retry, () => {
    const once = repeatTo(FIXTURES.join('\n'), '\n', 200_000);
    const [t1, t2] = fastest(once, `${once}\n${once}`);
    expect(t2 / t1, `200 KB: ${t1.toFixed(1)} ms, 400 KB: ${t2.toFixed(1)} ms`).toBeLessThanOrEqual(2.5);
  });

  it('for one-line reports repeated on a single line of about 200 KB and 400 KB', retry, () => {
    const oneLine = FIXTURES.filter((t) => t.trim().split('\n').length === 1).map((t) => t.trim());
    expect(oneLine.length).toBeGreaterThan(0);
    const once = repeatTo(oneLine.join(' '), ' ', 200_000);
    const [t1, t2] = fastest(once, `${once} ${once}`);
    expect(t2 / t1, `200 KB: ${t1.toFixed(1)} ms, 400 KB: ${t2.toFixed(1)} ms`).toBeLessThanOrEqual(2.5);
  });
});

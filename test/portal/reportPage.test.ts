// The report page's pure parts: table-3 layout and spans, cell ids and names, the checks list, the
// charts' figures (unknown is never 0), table placement and section numerals.
import { describe, it, expect } from 'vitest';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, type Check, type TableRows, equationCheck } from '../../src/parser/index.ts';
import { placeApplicationRows } from '../../src/lib/reportPage/applicationsLayout.ts';
import { cellId, cellName, cellValue, isShownCell, splitCellPath, type ReportTables } from '../../src/lib/reportPage/cellPaths.ts';
import { groupByCell, groupByRule, listChecks, splitPassed } from '../../src/lib/reportPage/checkList.ts';
import { cellMarks } from '../../src/lib/reportPage/cellMarks.ts';
import { passedLines } from '../../src/lib/reportPage/passedChecks.ts';
import { APPLICATION_LAYOUT } from '../../src/lib/reportPage/applicationsLayout.ts';
import { applicationCellHeaders, applicationHeader, proactiveCellHeaders, reviewCellHeaders } from '../../src/lib/reportPage/headerIds.ts';
import { applicantParts, chartPayload, isDrawable, outcomeParts } from '../../src/lib/reportPage/chartData.ts';
import { placeTables } from '../../src/lib/reportPage/tablePlacement.ts';
import { chineseNumeral } from '../../src/lib/reportPage/numerals.ts';
import { proactiveLayoutOf } from '../../src/lib/reportPage/proactiveLayout.ts';

const KEYS_2021 = APPLICATION_ROWS.map((r) => r.key).filter((k) => k !== 'otherHandling');
const KEYS_2019 = APPLICATION_ROWS.map((r) => r.key).filter((k) => !k.startsWith('otherHandling.'));

function rowsOf(keys: string[], value: (key: string) => number | null): TableRows {
  return Object.fromEntries(keys.map((k) => [k, Object.fromEntries(APPLICATION_COLUMNS.map((c) => [c, value(k)]))]));
}

function check(rule: string, status: Check['status'], cells: string[] = []): Check {
  return { rule, subject: null, status, expected: 1, actual: status === 'fail' ? 2 : 1, cells, message: rule };
}

describe('table 3 layout', () => {
  it('spans 三、本年度办理结果 over every outcome row and each subgroup over its rows (2021)', () => {
    const rows = placeApplicationRows(KEYS_2021);
    expect(rows.map((r) => r.key)).toEqual(KEYS_2021);
    expect(rows.find((r) => r.key === 'granted')?.outcomeSpan).toBe(22);
    expect(rows.filter((r) => r.outcomeSpan > 0)).toHaveLength(1);
    expect(rows.find((r) => r.key === 'denied.stateSecret')?.subgroupSpan).toBe(8);
    expect(rows.find((r) => r.key === 'denied.prohibitedByLaw')?.subgroupSpan).toBe(0);
    expect(rows.find((r) => r.key === 'otherHandling.noCorrection')?.subgroupSpan).toBe(3);
  });

  it('has a single （六）其他处理 row in the 2019 format, and no sub-rows', () => {
    const rows = placeApplicationRows(KEYS_2019);
    expect(rows.find((r) => r.key === 'otherHandling')).toMatchObject({ outcome: true, subgroup: null });
    expect(rows.some((r) => r.key.startsWith('otherHandling.'))).toBe(false);
    expect(rows.find((r) => r.key === 'granted')?.outcomeSpan).toBe(20);
  });
});

describe('cell paths', () => {
  const data: ReportTables = {
    format: '2021',
    applications: rowsOf(KEYS_2021, (k) => (k === 'processedTotal' ? null : 1)),
    proactive: { regulations: { issued: 0, repealed: 0, inForce: 3 } },
    reviewLitigation: null,
    legacyStatistics: null,
  };

  it('splits rows that contain a dot', () => {
    expect(splitCellPath('applications.denied.stateSecret.total')).toEqual({
      table: 'applications',
      row: 'denied.stateSecret',
      column: 'total',
    });
    expect(cellId('applications.denied.stateSecret.total')).toBe('cell-applications-denied-stateSecret-total');
    expect(cellId('applications.granted.naturalPerson')).toBe('cell-applications-granted-naturalPerson');
  });

  it('tells unknown (null) from absent (undefined)', () => {
    expect(cellValue(data, 'applications.processedTotal.total')).toBeNull();
    expect(cellValue(data, 'applications.granted.total')).toBe(1);
    expect(cellValue(data, 'reviewLitigation.review.total')).toBeUndefined();
  });

  it('links only to cells the page shows', () => {
    expect(isShownCell(data, 'applications.granted.total')).toBe(true);
    expect(isShownCell(data, 'applications.otherHandling.total')).toBe(false);
    expect(isShownCell(data, 'proactive.regulations.inForce')).toBe(true);
    expect(isShownCell(data, 'proactive.regulations.made')).toBe(false);
    expect(isShownCell(data, 'reviewLitigation.review.total')).toBe(false);
  });

  it('names a cell as the table prints it', () => {
    expect(cellName(data, 'applications.denied.stateSecret.naturalPerson')).toBe('表三“（三）不予公开 1.属于国家秘密”自然人');
    expect(cellName(data, 'proactive.regulations.inForce')).toBe('表二“规章”现行有效件数');
  });
});

describe('table 2 layout', () => {
  it('keeps the 2019 and 2021 columns apart', () => {
    const cols = (f: '2019' | '2021'): string[] => proactiveLayoutOf(f).flatMap((b) => b.columns.map((c) => c.key));
    expect(cols('2021')).not.toContain('made');
    expect(cols('2019')).not.toContain('issued');
    expect(proactiveLayoutOf('2019').map((b) => b.clause)).toContain('第二十条第（九）项');
  });
});

describe('checks list', () => {
  const own = [
    check('applications.rowTotal', 'pass'),
    check('applications.balance', 'pass'),
    check('applications.outcomes', 'uncheckable'),
    check('applications.rowTotal', 'fail', ['applications.granted.naturalPerson', 'applications.granted.total']),
  ];
  const listed = listChecks(own, [check('crossYear.carryOver', 'fail', ['applications.carriedOver.total'])]);

  it('numbers every check once, the cross-year ones after the report’s own', () => {
    expect(listed.map((c) => c.id)).toEqual(['check-1', 'check-2', 'check-3', 'check-4', 'check-5']);
    expect(listed[4]?.crossYear).toBe(true);
  });

  it('puts rules with a failure first, then those not fully checkable, failures first within a rule', () => {
    const groups = groupByRule(listed);
    expect(groups.map((g) => g.rule)).toEqual([
      'applications.rowTotal',
      'crossYear.carryOver',
      'applications.outcomes',
      'applications.balance',
    ]);
    expect(groups[0]?.checks.map((c) => c.check.status)).toEqual(['fail', 'pass']);
    expect(groups[0]?.label).toBe('行合计');
    expect(groups[3]?.counts).toEqual({ pass: 1, fail: 0, uncheckable: 0 });
  });

  it('keeps failed and uncheckable checks open and folds the passed ones, rule by rule', () => {
    const { open, passed } = splitPassed(groupByRule(listed));
    expect(open.map((g) => [g.rule, g.checks.map((c) => c.id)])).toEqual([
      ['applications.rowTotal', ['check-4']],
      ['crossYear.carryOver', ['check-5']],
      ['applications.outcomes', ['check-3']],
    ]);
    expect(passed.map((g) => [g.rule, g.checks.map((c) => c.id)])).toEqual([
      ['applications.rowTotal', ['check-1']],
      ['applications.balance', ['check-2']],
    ]);
  });

  it('maps each cell a check that did not pass names to that check, and no cell to a passed check', () => {
    const withCells = listChecks(
      [
        check('applications.balance', 'pass', ['applications.received.total']),
        check('applications.outcomes', 'uncheckable', ['applications.processedTotal.total']),
        ...own,
      ],
      [check('crossYear.carryOver', 'fail', ['applications.carriedOver.total'])],
    );
    const cells = groupByCell(withCells);
    expect(cells.get('applications.granted.total')?.map((c) => c.id)).toEqual(['check-6']);
    expect(cells.get('applications.carriedOver.total')?.map((c) => c.id)).toEqual(['check-7']);
    expect(cells.get('applications.processedTotal.total')?.map((c) => c.id)).toEqual(['check-2']);
    expect(cells.has('applications.received.total')).toBe(false);
    expect(cells.size).toBe(4);
  });
});

describe('cell marks: an id only where a link points', () => {
  const listed = listChecks(
    [
      check('applications.balance', 'pass', ['applications.received.naturalPerson', 'applications.processedTotal.naturalPerson']),
      check('applications.rowTotal', 'fail', ['applications.granted.naturalPerson', 'applications.granted.total']),
      check('applications.outcomes', 'uncheckable', ['applications.denied.stateSecret.total', 'applications.processedTotal.total']),
    ],
    [check('crossYear.carryOver', 'fail', ['applications.carriedOver.total'])],
  );
  const byCell = groupByCell(listed);

  it('gives a passing cell no id and no mark', () => {
    expect(cellMarks('applications.received.naturalPerson', 3, byCell)).toEqual({ id: undefined, failed: [] });
    expect(cellMarks('applications.received.total', 3, byCell)).toEqual({ id: undefined, failed: [] });
  });

  it('gives a failing cell its id and the failed checks, its own and the cross-year ones', () => {
    const own = cellMarks('applications.granted.total', 5, byCell);
    expect(own.id).toBe('cell-applications-granted-total');
    expect(own.failed.map((c) => c.id)).toEqual(['check-2']);
    const crossYear = cellMarks('applications.carriedOver.total', 1, byCell);
    expect(crossYear.id).toBe('cell-applications-carriedOver-total');
    expect(crossYear.failed.map((c) => c.id)).toEqual(['check-4']);
  });

  it('gives an id to the unknown cells of a check that could not be made, not to its known ones, and marks neither', () => {
    expect(cellMarks('applications.processedTotal.total', null, byCell)).toEqual({
      id: 'cell-applications-processedTotal-total',
      failed: [],
    });
    expect(cellMarks('applications.denied.stateSecret.total', 0, byCell)).toEqual({ id: undefined, failed: [] });
  });
});

describe('chart figures', () => {
  it('sums the outcome rows by 总计 (2021: 其他处理 from its three sub-rows)', () => {
    const parts = outcomeParts(rowsOf(KEYS_2021, () => 1));
    expect(parts.map((p) => [p.label, p.value])).toEqual([
      ['予以公开', 1],
      ['部分公开', 1],
      ['不予公开', 8],
      ['无法提供', 3],
      ['不予处理', 5],
      ['其他处理', 3],
    ]);
  });

  it('reads 其他处理 from its single row in the 2019 format', () => {
    expect(outcomeParts(rowsOf(KEYS_2019, () => 2)).find((p) => p.label === '其他处理')?.value).toBe(2);
  });

  it('leaves a part with an unknown row unknown, never counting it as 0', () => {
    const parts = outcomeParts(rowsOf(KEYS_2021, (k) => (k === 'denied.enforcementFile' ? null : 1)));
    expect(parts.find((p) => p.label === '不予公开')?.value).toBeNull();
    expect(chartPayload(parts, '件').labels).not.toContain('不予公开');
    expect(isDrawable(parts)).toBe(true);
  });

  it('is not drawable when every figure is unknown', () => {
    const rows = rowsOf(KEYS_2021, () => null);
    expect(isDrawable(outcomeParts(rows))).toBe(false);
    expect(isDrawable(applicantParts(rows))).toBe(false);
  });

  it('takes applicants from the 本年新收 row, six columns without the total', () => {
    const parts = applicantParts(rowsOf(KEYS_2021, (k) => (k === 'received' ? 4 : 0)));
    expect(parts).toHaveLength(6);
    expect(parts.every((p) => p.value === 4)).toBe(true);
  });
});

describe('passed checks in few words', () => {
  const balance = '表三“自然人”栏：新收加上年结转应等于办理总计加结转下年度';
  const balanceTotal = '表三“总计”栏：新收加上年结转应等于办理总计加结转下年度';

  it('says the rule once and keeps, per check, what it is about and its figure', () => {
    const checks = [
      equationCheck('applications.balance', 'naturalPerson', 61, 61, [], balance),
      equationCheck('applications.balance', 'total', 12345, 12345, [], balanceTotal),
    ];
    expect(passedLines(checks)).toEqual({
      statement: '表三各栏：新收加上年结转应等于办理总计加结转下年度',
      lines: ['自然人：61', '总计：12,345'],
    });
  });

  it('keeps a row label’s own quotation marks, and the table in each line when the lines are about different tables', () => {
    const row = equationCheck(
      'applications.rowTotal',
      'denied.securityStability',
      0,
      0,
      [],
      '表三“3.危及“三安全一稳定””行：六类申请人之和应等于总计',
    );
    expect(passedLines([row])).toEqual({ statement: '表三各行：六类申请人之和应等于总计', lines: ['3.危及“三安全一稳定”：0'] });
    const review = equationCheck('reviewLitigation.groupTotal', 'review', 2, 2, [], '表四“行政复议”：之和应等于总计');
    const other = equationCheck('reviewLitigation.groupTotal', 'x', 1, 1, [], '表三“总计”栏：之和应等于总计');
    expect(passedLines([review]).lines).toEqual(['行政复议：2']);
    expect(passedLines([review]).statement).toBe('表四：之和应等于总计');
    expect(passedLines([review, other]).lines).toEqual(['表四“行政复议”：2', '表三“总计”栏：1']);
  });

  it('keeps the whole wording when a check has nothing to be about, or its message is free text', () => {
    const period = equationCheck(
      'period.matchesYear',
      null,
      '2024-01-01/2024-12-31',
      '2024-01-01/2024-12-31',
      [],
      '统计期限应为报告年度的1月1日至12月31日',
    );
    expect(passedLines([period])).toEqual({ statement: null, lines: ['统计期限应为报告年度的1月1日至12月31日：2024-01-01/2024-12-31'] });
    const counts = { ...check('counts.nonNegativeInteger', 'pass'), message: '199 个件数均为非负整数。' };
    expect(passedLines([counts]).lines).toEqual(['199 个件数均为非负整数。']);
  });
});

describe('header ids', () => {
  const row = (key: string) => APPLICATION_LAYOUT.find((r) => r.key === key)!;

  it('names every header of a table-3 figure: column groups, column, 办理结果, subgroup, row', () => {
    expect(applicationCellHeaders(row('received'), 'naturalPerson')).toBe('ag ac0 ar0');
    expect(applicationCellHeaders(row('denied.stateSecret'), 'commercialEnterprise')).toBe('ag af ac1 ao as0 ar4');
    expect(applicationCellHeaders(row('processedTotal'), 'total')).toBe('ag ac6 ao ar24');
  });

  it('gives every header cell of table 3 its own id, none of them shared with tables 2 and 4', () => {
    const table3 = [
      applicationHeader.applicants,
      applicationHeader.organisations,
      applicationHeader.outcomes,
      ...APPLICATION_COLUMNS.map(applicationHeader.column),
      ...(['denied', 'unavailable', 'notProcessed', 'otherHandling'] as const).map(applicationHeader.subgroup),
      ...APPLICATION_LAYOUT.map((r) => applicationHeader.row(r.key)),
    ];
    expect(new Set(table3).size).toBe(table3.length);
    expect(
      table3.filter((id) => id.endsWith('-1')),
      'an index not found',
    ).toEqual([]);
    const others = [
      ...[0, 1, 2, 3, 4].flatMap((b) => [0, 1, 2].flatMap((i) => proactiveCellHeaders(b, i, i).split(' '))),
      ...(['review', 'litigationDirect', 'litigationAfterReview'] as const).flatMap((g) => reviewCellHeaders(g, 'total').split(' ')),
    ];
    expect(others.filter((id) => table3.includes(id))).toEqual([]);
    expect(reviewCellHeaders('litigationAfterReview', 'total')).toBe('rg1 rs2 r2c4');
    expect(reviewCellHeaders('review', 'upheld')).toBe('rg0 r0c0');
    expect(proactiveCellHeaders(1, 0, 1)).toBe('p1 p1c0 p1r1');
  });
});

describe('table placement', () => {
  it('draws a table at its first block and lists tables the text never places', () => {
    const placement = placeTables({
      preamble: [],
      sections: [
        {
          number: 3,
          key: 'applications',
          heading: 'x',
          line: 1,
          blocks: [
            { type: 'paragraph', text: 'a', line: 2 },
            { type: 'table', table: 'applications', line: 3 },
          ],
        },
        { number: 4, key: 'other', heading: 'y', line: 4, blocks: [{ type: 'table', table: 'applications', line: 5 }] },
      ],
      proactive: {},
      applications: {},
      reviewLitigation: null,
      legacyStatistics: null,
    });
    expect([...placement.hosts]).toEqual(['0:1']);
    expect(placement.unplaced).toEqual(['proactive']);
  });
});

describe('section numerals', () => {
  it('writes numbers as the reports do', () => {
    expect([1, 6, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '六', '十', '十一', '二十', '二十三']);
  });
});

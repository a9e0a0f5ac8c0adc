// Table 2 in its official layout: one block per clause of 第二十条, each with its own columns.
// The 2021 and 2019 formats measure different things; each keeps its own columns.
import { type ReportFormat, proactiveRowsOf } from '../../parser/index.ts';

export interface ProactiveColumn {
  key: string;
  label: string;
}

export interface ProactiveBlock {
  /** 第二十条第（一）项 */
  clause: string;
  columns: ProactiveColumn[];
  rows: { key: string; label: string }[];
}

type BlockSpec = [clause: string, columns: [string, string][], rows: string[]];

const DECISIONS_2019: [string, string][] = [
  ['previousYear', '上一年项目数量'],
  ['change', '本年增/减'],
  ['decisions', '处理决定数量'],
];

const SPECS: Record<'2021' | '2019', BlockSpec[]> = {
  '2021': [
    [
      '第二十条第（一）项',
      [
        ['issued', '本年制发件数'],
        ['repealed', '本年废止件数'],
        ['inForce', '现行有效件数'],
      ],
      ['regulations', 'normativeDocuments'],
    ],
    ['第二十条第（五）项', [['decisions', '本年处理决定数量']], ['licensing']],
    ['第二十条第（六）项', [['decisions', '本年处理决定数量']], ['penalty', 'coercion']],
    ['第二十条第（八）项', [['amount', '本年收费金额（单位：万元）']], ['fees']],
  ],
  '2019': [
    [
      '第二十条第（一）项',
      [
        ['made', '本年新制作数量'],
        ['published', '本年新公开数量'],
        ['publishedTotal', '对外公开总数量'],
      ],
      ['regulations', 'normativeDocuments'],
    ],
    ['第二十条第（五）项', DECISIONS_2019, ['licensing', 'otherServices']],
    ['第二十条第（六）项', DECISIONS_2019, ['penalty', 'coercion']],
    [
      '第二十条第（八）项',
      [
        ['previousYear', '上一年项目数量'],
        ['change', '本年增/减'],
      ],
      ['fees'],
    ],
    [
      '第二十条第（九）项',
      [
        ['projects', '采购项目数量'],
        ['amount', '采购总金额'],
      ],
      ['procurement'],
    ],
  ],
};

/** The layout of the format the data was read in (2019, or 2021 for any other format). */
export function proactiveLayoutOf(format: ReportFormat): ProactiveBlock[] {
  const key = format === '2019' ? '2019' : '2021';
  const labels = new Map(proactiveRowsOf(format).map((r) => [r.key, r.label]));
  return SPECS[key].map(([clause, columns, rows]) => ({
    clause,
    columns: columns.map(([k, label]) => ({ key: k, label })),
    rows: rows.map((r) => ({ key: r, label: labels.get(r) ?? r })),
  }));
}

/** The widest block's number of value columns: every block spans the same table. */
export function proactiveWidth(blocks: ProactiveBlock[]): number {
  return Math.max(1, ...blocks.map((b) => b.columns.length));
}

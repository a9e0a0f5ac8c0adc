// Table 2 — 主动公开政府信息情况: its rows and columns in the 2021 and 2019 formats, and how their
// labels read. The two formats' columns are different measures and are never mapped onto each other.
import type { ReportFormat } from '../types.ts';
import type { RowSpec } from '../rowAssignment.ts';

export interface ProactiveRow extends RowSpec {
  label: string;
  columns: string[];
}

export const PROACTIVE_COLUMN_LABELS: Record<string, string> = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  amount: '金额',
  made: '本年新制作数量',
  published: '本年新公开数量',
  publishedTotal: '对外公开总数量',
  previousYear: '上一年项目数量',
  change: '本年增/减',
  projects: '采购项目数量',
};

export const ROWS_2021: ProactiveRow[] = [
  { key: 'regulations', label: '规章', match: /规章/, columns: ['issued', 'repealed', 'inForce'] },
  { key: 'normativeDocuments', label: '行政规范性文件', match: /规范性文件/, columns: ['issued', 'repealed', 'inForce'] },
  { key: 'licensing', label: '行政许可', match: /行政许可/, columns: ['decisions'] },
  { key: 'penalty', label: '行政处罚', match: /行政处罚/, columns: ['decisions'] },
  { key: 'coercion', label: '行政强制', match: /行政强制/, columns: ['decisions'] },
  { key: 'fees', label: '行政事业性收费', match: /事业性收费/, columns: ['amount'] },
];

export const ROWS_2019: ProactiveRow[] = [
  { key: 'regulations', label: '规章', match: /规章/, columns: ['made', 'published', 'publishedTotal'] },
  { key: 'normativeDocuments', label: '规范性文件', match: /规范性文件/, columns: ['made', 'published', 'publishedTotal'] },
  { key: 'licensing', label: '行政许可', match: /行政许可/, columns: ['previousYear', 'change', 'decisions'] },
  { key: 'otherServices', label: '其他对外管理服务事项', match: /对外管理服务/, columns: ['previousYear', 'change', 'decisions'] },
  { key: 'penalty', label: '行政处罚', match: /行政处罚/, columns: ['previousYear', 'change', 'decisions'] },
  { key: 'coercion', label: '行政强制', match: /行政强制/, columns: ['previousYear', 'change', 'decisions'] },
  { key: 'fees', label: '行政事业性收费', match: /事业性收费/, columns: ['previousYear', 'change'] },
  { key: 'procurement', label: '政府集中采购', match: /集中采购/, columns: ['projects', 'amount'] },
];

export function proactiveRowsOf(format: ReportFormat): ProactiveRow[] {
  return format === '2019' ? ROWS_2019 : ROWS_2021;
}

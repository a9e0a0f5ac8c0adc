// Table 3 in its official layout: each row's own label, and the row groups whose header cells
// span several rows (三、本年度办理结果; （三）不予公开 …).
import { APPLICATION_COLUMN_LABELS } from '../../parser/index.ts';

export type Subgroup = 'denied' | 'unavailable' | 'notProcessed' | 'otherHandling';

export interface ApplicationRowLayout {
  key: string;
  /** The text of the row's own header cell, as the official table prints it. */
  label: string;
  /** Inside 三、本年度办理结果. */
  outcome: boolean;
  subgroup: Subgroup | null;
}

export const OUTCOMES_LABEL = '三、本年度办理结果';
export const APPLICANTS_LABEL = '申请人情况';
export const ORGANISATIONS_LABEL = '法人或其他组织';
export const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const SUBGROUP_LABELS: Record<Subgroup, string> = {
  denied: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
};

const row = (key: string, label: string, outcome = true): ApplicationRowLayout => {
  const prefix = key.includes('.') ? (key.split('.')[0] as Subgroup) : null;
  return { key, label, outcome, subgroup: prefix };
};

export const APPLICATION_LAYOUT: ApplicationRowLayout[] = [
  row('received', '一、本年新收政府信息公开申请数量', false),
  row('carriedOver', '二、上年结转政府信息公开申请数量', false),
  row('granted', '（一）予以公开'),
  row('partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  row('denied.stateSecret', '1.属于国家秘密'),
  row('denied.prohibitedByLaw', '2.其他法律行政法规禁止公开'),
  row('denied.securityStability', '3.危及“三安全一稳定”'),
  row('denied.thirdPartyRights', '4.保护第三方合法权益'),
  row('denied.internalAffairs', '5.属于三类内部事务信息'),
  row('denied.processInformation', '6.属于四类过程性信息'),
  row('denied.enforcementFile', '7.属于行政执法案卷'),
  row('denied.administrativeQuery', '8.属于行政查询事项'),
  row('unavailable.notHeld', '1.本机关不掌握相关政府信息'),
  row('unavailable.needsCreation', '2.没有现成信息需要另行制作'),
  row('unavailable.unclear', '3.补正后申请内容仍不明确'),
  row('notProcessed.complaint', '1.信访举报投诉类申请'),
  row('notProcessed.repeated', '2.重复申请'),
  row('notProcessed.publication', '3.要求提供公开出版物'),
  row('notProcessed.excessive', '4.无正当理由大量反复申请'),
  row('notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'),
  { key: 'otherHandling', label: '（六）其他处理', outcome: true, subgroup: null },
  row('otherHandling.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
  row('otherHandling.unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
  row('otherHandling.other', '3.其他'),
  row('processedTotal', '（七）总计'),
  row('carriedForward', '四、结转下年度继续办理', false),
];

export interface PlacedApplicationRow extends ApplicationRowLayout {
  /** Rows the 三、本年度办理结果 cell spans, on the first outcome row; 0 elsewhere. */
  outcomeSpan: number;
  /** Rows the subgroup cell spans, on the subgroup's first row; 0 elsewhere. */
  subgroupSpan: number;
}

/** The rows a report has (a row its format lacks is absent), in table order, with their spans. */
export function placeApplicationRows(present: Iterable<string>): PlacedApplicationRow[] {
  const keys = new Set(present);
  const rows = APPLICATION_LAYOUT.filter((r) => keys.has(r.key));
  return rows.map((r, i) => {
    const previous = rows[i - 1];
    const runLength = (same: (x: ApplicationRowLayout) => boolean): number => {
      let n = 0;
      while (rows[i + n] && same(rows[i + n] as ApplicationRowLayout)) n++;
      return n;
    };
    const outcomeSpan = r.outcome && !previous?.outcome ? runLength((x) => x.outcome) : 0;
    const subgroupSpan = r.subgroup && previous?.subgroup !== r.subgroup ? runLength((x) => x.subgroup === r.subgroup) : 0;
    return { ...r, outcomeSpan, subgroupSpan };
  });
}

/** The row as a reader names it: “（三）不予公开 1.属于国家秘密”. */
export function applicationRowName(key: string): string {
  const r = APPLICATION_LAYOUT.find((x) => x.key === key);
  if (!r) return key;
  return r.subgroup ? `${SUBGROUP_LABELS[r.subgroup]} ${r.label}` : r.label;
}

export function applicationColumnName(column: string): string {
  const label = APPLICATION_COLUMN_LABELS[column] ?? column;
  return column === 'naturalPerson' || column === 'total' ? label : `${ORGANISATIONS_LABEL}·${label}`;
}

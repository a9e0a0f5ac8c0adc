// Table 3 — 收到和处理政府信息公开申请情况: its rows, columns and how their labels read.
import type { RowSpec } from '../rowAssignment.ts';
import type { Cell } from '../types.ts';

export const APPLICANT_COLUMNS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrganization',
  'legalServiceOrganization',
  'otherOrganization',
] as const;

export const APPLICATION_COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const;

/** One row of table 3 as the report holds it, from its seven cells in column order. */
export function applicationRow(cells: readonly Cell[]): Record<string, Cell> {
  // A literal, not Object.fromEntries: every row gets the same object shape, which keeps reads fast.
  return {
    naturalPerson: cells[0] ?? null,
    commercialEnterprise: cells[1] ?? null,
    researchInstitution: cells[2] ?? null,
    publicInterestOrganization: cells[3] ?? null,
    legalServiceOrganization: cells[4] ?? null,
    otherOrganization: cells[5] ?? null,
    total: cells[6] ?? null,
  };
}

export const APPLICATION_COLUMN_LABELS: Record<string, string> = {
  naturalPerson: '自然人',
  commercialEnterprise: '商业企业',
  researchInstitution: '科研机构',
  publicInterestOrganization: '社会公益组织',
  legalServiceOrganization: '法律服务机构',
  otherOrganization: '其他',
  total: '总计',
};

export const OTHER_HANDLING_SUBROWS = ['otherHandling.noCorrection', 'otherHandling.unpaidFee', 'otherHandling.other'];

/** Rows in table order. Patterns run on `compact()` text (no spaces, half-width brackets). */
export const APPLICATION_ROWS: (RowSpec & { label: string })[] = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', match: /本年新收|新收政府信息公开申请/ },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', match: /上年结转/ },
  { key: 'granted', label: '（一）予以公开', match: /予以公开/ },
  { key: 'partiallyGranted', label: '（二）部分公开', match: /部分公开/ },
  { key: 'denied.stateSecret', label: '（三）不予公开 1.属于国家秘密', match: /国家秘密/ },
  { key: 'denied.prohibitedByLaw', label: '2.其他法律行政法规禁止公开', match: /其他法律|法规禁止公开/ },
  { key: 'denied.securityStability', label: '3.危及“三安全一稳定”', match: /三安全|一稳定|危及/ },
  { key: 'denied.thirdPartyRights', label: '4.保护第三方合法权益', match: /第三方/ },
  { key: 'denied.internalAffairs', label: '5.属于三类内部事务信息', match: /内部事务/ },
  { key: 'denied.processInformation', label: '6.属于四类过程性信息', match: /过程性/ },
  { key: 'denied.enforcementFile', label: '7.属于行政执法案卷', match: /执法案卷/ },
  { key: 'denied.administrativeQuery', label: '8.属于行政查询事项', match: /行政查询/ },
  { key: 'unavailable.notHeld', label: '（四）无法提供 1.本机关不掌握相关政府信息', match: /不掌握/ },
  { key: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', match: /现成信息|另行制作/ },
  { key: 'unavailable.unclear', label: '3.补正后申请内容仍不明确', match: /补正后|仍不明确/ },
  { key: 'notProcessed.complaint', label: '（五）不予处理 1.信访举报投诉类申请', match: /信访|举报投诉/ },
  { key: 'notProcessed.repeated', label: '2.重复申请', match: /重复申请/ },
  { key: 'notProcessed.publication', label: '3.要求提供公开出版物', match: /出版物/ },
  { key: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', match: /大量反复/ },
  { key: 'notProcessed.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', match: /重新出具|确认或重新/ },
  { key: 'otherHandling', label: '（六）其他处理', match: /其他处理/, group: true },
  { key: 'otherHandling.noCorrection', label: '（六）其他处理 1.申请人无正当理由逾期不补正', match: /不补正/ },
  { key: 'otherHandling.unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用', match: /收费通知|缴纳费用/ },
  { key: 'otherHandling.other', label: '3.其他', match: /(?:^|[^\p{Script=Han}])其他$/u },
  { key: 'processedTotal', label: '（七）总计', match: /总计/ },
  { key: 'carriedForward', label: '四、结转下年度继续办理', match: /结转下一?年度|转下年度/ },
];

export const OUTCOME_ROWS = APPLICATION_ROWS.map((r) => r.key).filter(
  (k) => !['received', 'carriedOver', 'processedTotal', 'carriedForward', 'otherHandling', ...OTHER_HANDLING_SUBROWS].includes(k),
);

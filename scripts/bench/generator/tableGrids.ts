// The official tables 2, 3 and 4 and the legacy 统计表 as grids, laid out like the State Council's
// templates (and the bundled reports that follow them).
import { type GridLine, caption, data, header } from './grid.ts';
import { type ApplicationsFigures, applicationRowKeys } from './applicationsFigures.ts';
import type { ProactiveFigures, ReviewFigures } from './otherFigures.ts';
import type { LegacyRow } from './legacyStatistics.ts';

export function proactiveGrid(f: ProactiveFigures, format: '2021' | '2019'): GridLine[] {
  const v = (row: string, col: string): number => f[row]?.[col] ?? 0;
  if (format === '2021') {
    return [
      caption('第二十条第（一）项'),
      header(1, '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
      data(['规章'], [v('regulations', 'issued'), v('regulations', 'repealed'), v('regulations', 'inForce')]),
      data(
        ['行政规范性文件'],
        [v('normativeDocuments', 'issued'), v('normativeDocuments', 'repealed'), v('normativeDocuments', 'inForce')],
      ),
      caption('第二十条第（五）项'),
      header(1, '信息内容', '本年处理决定数量'),
      data(['行政许可'], [v('licensing', 'decisions')]),
      caption('第二十条第（六）项'),
      header(1, '信息内容', '本年处理决定数量'),
      data(['行政处罚'], [v('penalty', 'decisions')]),
      data(['行政强制'], [v('coercion', 'decisions')]),
      caption('第二十条第（八）项'),
      header(1, '信息内容', '本年收费金额（单位：万元）'),
      data(['行政事业性收费'], [v('fees', 'amount')]),
    ];
  }
  const items = (row: string) => [v(row, 'previousYear'), v(row, 'change'), v(row, 'decisions')];
  return [
    caption('第二十条第（一）项'),
    header(1, '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'),
    data(['规章'], [v('regulations', 'made'), v('regulations', 'published'), v('regulations', 'publishedTotal')]),
    data(
      ['规范性文件'],
      [v('normativeDocuments', 'made'), v('normativeDocuments', 'published'), v('normativeDocuments', 'publishedTotal')],
    ),
    caption('第二十条第（五）项'),
    header(1, '信息内容', '上一年项目数量', '本年增/减', '处理决定数量'),
    data(['行政许可'], items('licensing')),
    data(['其他对外管理服务事项'], items('otherServices')),
    caption('第二十条第（六）项'),
    header(1, '信息内容', '上一年项目数量', '本年增/减', '处理决定数量'),
    data(['行政处罚'], items('penalty')),
    data(['行政强制'], items('coercion')),
    caption('第二十条第（八）项'),
    header(1, '信息内容', '上一年项目数量', '本年增/减'),
    data(['行政事业性收费'], [v('fees', 'previousYear'), v('fees', 'change')]),
    caption('第二十条第（九）项'),
    header(1, '信息内容', '采购项目数量', '采购总金额'),
    data(['政府集中采购'], [v('procurement', 'projects'), v('procurement', 'amount')]),
  ];
}

/** Row labels of table 3 as the template prints them: [group, item, sub-item]. */
const APPLICATION_LABELS: Record<string, [string, string, string]> = {
  received: ['一、本年新收政府信息公开申请数量', '', ''],
  carriedOver: ['二、上年结转政府信息公开申请数量', '', ''],
  granted: ['三、本年度办理结果', '（一）予以公开', ''],
  partiallyGranted: ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''],
  'denied.stateSecret': ['', '（三）不予公开', '1.属于国家秘密'],
  'denied.prohibitedByLaw': ['', '', '2.其他法律行政法规禁止公开'],
  'denied.securityStability': ['', '', '3.危及“三安全一稳定”'],
  'denied.thirdPartyRights': ['', '', '4.保护第三方合法权益'],
  'denied.internalAffairs': ['', '', '5.属于三类内部事务信息'],
  'denied.processInformation': ['', '', '6.属于四类过程性信息'],
  'denied.enforcementFile': ['', '', '7.属于行政执法案卷'],
  'denied.administrativeQuery': ['', '', '8.属于行政查询事项'],
  'unavailable.notHeld': ['', '（四）无法提供', '1.本机关不掌握相关政府信息'],
  'unavailable.needsCreation': ['', '', '2.没有现成信息需要另行制作'],
  'unavailable.unclear': ['', '', '3.补正后申请内容仍不明确'],
  'notProcessed.complaint': ['', '（五）不予处理', '1.信访举报投诉类申请'],
  'notProcessed.repeated': ['', '', '2.重复申请'],
  'notProcessed.publication': ['', '', '3.要求提供公开出版物'],
  'notProcessed.excessive': ['', '', '4.无正当理由大量反复申请'],
  'notProcessed.confirmation': ['', '', '5.要求行政机关确认或重新出具已获取信息'],
  otherHandling: ['', '（六）其他处理', ''],
  'otherHandling.noCorrection': ['', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  'otherHandling.unpaidFee': ['', '', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  'otherHandling.other': ['', '', '3.其他'],
  processedTotal: ['', '（七）总计', ''],
  carriedForward: ['四、结转下年度继续办理', '', ''],
};

export function applicationsGrid(f: ApplicationsFigures, format: '2021' | '2019'): GridLine[] {
  // As the template's HTML is usually copied: two label columns, a third only for numbered sub-items.
  const lines: GridLine[] = [
    header(2, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '申请人情况', '', '', '', '', '', '总计', ''),
    header(2, '', '', '自然人', '法人或其他组织', '', '', '', '', '', ''),
    header(2, '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '', ''),
  ];
  for (const key of applicationRowKeys(format)) {
    const [group, item, sub] = APPLICATION_LABELS[key] ?? [key, '', ''];
    lines.push(data(sub === '' ? [group, item] : [group, item, sub], f[key] ?? []));
  }
  return lines;
}

export function reviewGrid(f: ReviewFigures): GridLine[] {
  const groupHeads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    header(0, '行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''),
    header(0, ...groupHeads, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''),
    header(0, '', '', '', '', '', ...groupHeads, ...groupHeads),
    data([], [...f.review, ...f.litigationDirect, ...f.litigationAfterReview]),
  ];
}

export function legacyGrid(rows: LegacyRow[]): GridLine[] {
  return [
    header(1, '统计指标', '单位', '统计数'),
    ...rows.map((r) => data([r.indicator, r.unit ?? '——'], r.value === null ? [''] : [r.value])),
  ];
}

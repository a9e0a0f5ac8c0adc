// The harmonised series: the measures that the three report formats share in meaning, and where
// each format keeps them. This is the ONE place the mapping is defined (with its reasons); the
// series of a report is read from it by reportSeries.ts.
//
// 2019 and 2021 formats (国办公开办函〔2019〕60号, 〔2021〕30号): table 3 (`applications`) and table 4
// (`reviewLitigation`) have the same rows for every measure below, so one source serves both.
//
// Legacy format (2008–2018): the 统计表 (国办发〔2014〕32号 and earlier local layouts), rows of
// 统计指标 / 单位 / 统计数 in their own wording. A legacy indicator is matched by its wording with the
// numbering (一、 （一） 1. 1、) and 其中： taken off and white space removed; every wording below
// was seen in the corpus or the seeds (or is named by issue 14). Only the year's column (统计数,
// 本年度, 2011年度) is read: many tables add a 历年累计 column, which is cumulative over all years
// and never a year's figure.
//
// Where meanings differ:
// - The legacy table has no 上年结转 / 结转下年度: a legacy year has no carriedOver / carriedForward
//   (absent, never 0). Its 受理/收到申请数 is what came in during the year, the nearest to 本年新收.
// - Legacy answers are counted per answer type (同意公开, 同意部分公开, 否决/不同意公开, …). The 2014
//   table also counts 属于已主动公开范围数 apart, which the 2019/2021 tables have no row for (such
//   answers tell the applicant where the information is published, and are commonly counted under
//   予以公开 there); the series does not add it in (that would be a number no report states): legacy
//   `granted` is 同意公开答复数 as written, and may be narrower than a later year's 予以公开.
// - Legacy 否决/不同意/不予公开答复数 is one row; the 2019/2021 tables split 不予公开 into eight
//   reasons and print no subtotal: `denied` there is the sum of the eight (unknown if any is unknown).
// - Legacy 对申请的答复（总）数 / 申请答复数 counts every answer given, as （七）总计 counts every
//   outcome: both are `processed`.
// - Legacy 行政复议数 / 行政诉讼数 count the year's cases about information disclosure; table 4's
//   总计 includes cases still pending (尚未审结). Litigation in table 4 is in two groups (直接起诉,
//   复议后起诉): `litigation` is their sum. The legacy 行政申诉数 and 举报投诉数 have no counterpart.
// - Proactive disclosure is not a measure: the legacy 主动公开信息数 counts every item published,
//   while table 2 of 2019 counts documents made and published and of 2021 documents issued and in
//   force by kind, with no total of items. They do not mean the same.

import { APPLICATION_ROWS } from '../../parser/index.ts';

export type MeasureKey =
  'received' | 'carriedOver' | 'processed' | 'granted' | 'partiallyGranted' | 'denied' | 'carriedForward' | 'review' | 'litigation';

/** Where a measure is in a 2019 or 2021 report: one row, or the sum of several, of one column. */
export interface TableSpec {
  table: 'applications' | 'reviewLitigation';
  /** As the source names it: a row key, or the rows summed (`a+b`, `denied.*`). */
  row: string;
  rows: readonly string[];
  column: string;
}

export interface MeasureSpec {
  key: MeasureKey;
  /** The measure's name on pages and in downloads. */
  label: string;
  /** 2019 and 2021 formats (same rows in both). */
  table: TableSpec;
  /** Legacy 统计表 wordings (numbering, 其中： and white space removed); empty when legacy lacks it. */
  legacy: readonly string[];
}

/** The eight 不予公开 rows of table 3, as the parser's statutory table lists them. */
const DENIED_ROWS = APPLICATION_ROWS.map((r) => r.key).filter((key) => key.startsWith('denied.'));

const applications = (row: string): TableSpec => ({ table: 'applications', row, rows: [row], column: 'total' });

export const MEASURES: readonly MeasureSpec[] = [
  {
    key: 'received',
    label: '新收申请',
    table: applications('received'),
    // 004, 021 (平潭 2011), 007 (平潭 2015): 受理依申请公开信息总数; 宁夏 2017 and the 2014 统计表: （一）收到申请数.
    legacy: ['受理依申请公开信息总数', '受理政府信息依申请公开总数', '收到申请数'],
  },
  { key: 'carriedOver', label: '上年结转', table: applications('carriedOver'), legacy: [] },
  {
    key: 'processed',
    label: '办理总计',
    table: applications('processedTotal'),
    // 004, 021: 对申请的答复数; 007: 对申请的答复总数; 2014 统计表: （三）申请答复数.
    legacy: ['对申请的答复数', '对申请的答复总数', '申请答复数'],
  },
  {
    key: 'granted',
    label: '予以公开',
    table: applications('granted'),
    // ≈ 予以公开; see above for 属于已主动公开范围数.
    legacy: ['同意公开答复数'],
  },
  {
    key: 'partiallyGranted',
    label: '部分公开',
    table: applications('partiallyGranted'),
    legacy: ['同意部分公开答复数', '部分同意公开答复数'],
  },
  {
    key: 'denied',
    label: '不予公开',
    table: { table: 'applications', row: 'denied.*', rows: DENIED_ROWS, column: 'total' },
    // 004, 021: 否决公开答复数; 007: 不予公开答复数; 2014 统计表: 不同意公开答复数.
    legacy: ['否决公开答复数', '不予公开答复数', '不同意公开答复数'],
  },
  { key: 'carriedForward', label: '结转下年度', table: applications('carriedForward'), legacy: [] },
  {
    key: 'review',
    label: '行政复议',
    table: { table: 'reviewLitigation', row: 'review', rows: ['review'], column: 'total' },
    legacy: ['行政复议数', '行政复议数量'],
  },
  {
    key: 'litigation',
    label: '行政诉讼',
    table: {
      table: 'reviewLitigation',
      row: 'litigationDirect+litigationAfterReview',
      rows: ['litigationDirect', 'litigationAfterReview'],
      column: 'total',
    },
    legacy: ['行政诉讼数', '行政诉讼数量'],
  },
];

export const MEASURE_KEYS: readonly MeasureKey[] = MEASURES.map((m) => m.key);

/** How a legacy value is marked where it is shown. */
export const LEGACY_MARK = '旧版统计表口径';

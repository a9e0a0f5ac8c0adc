// The words the statutory tables print around their figures: captions, units and the headings of
// table 4's groups. The table components and the search index read them here, so a reader who
// searches a word she sees in a table finds the report.

export const PROACTIVE_CAPTION = '表二　主动公开政府信息情况';
export const APPLICATIONS_CAPTION = '表三　收到和处理政府信息公开申请情况';
export const REVIEW_LITIGATION_CAPTION = '表四　政府信息公开行政复议、行政诉讼情况';
export const LEGACY_STATISTICS_CAPTION = '政府信息公开情况统计表';

export const COUNT_UNIT = '（单位：件）';
/** The column of table 2 that names each kind of information. */
export const PROACTIVE_ITEM_LABEL = '信息内容';
/** The columns of a 2008–2018 统计表 before any further value columns. */
export const LEGACY_COLUMN_LABELS = ['统计指标', '单位', '统计数'] as const;

export const REVIEW_LABEL = '行政复议';
export const LITIGATION_LABEL = '行政诉讼';
export const LITIGATION_KINDS = [
  ['litigationDirect', '未经复议直接起诉'],
  ['litigationAfterReview', '复议后起诉'],
] as const;

// The recall suite's queries: bodies, short and long words, terms of the domain, phrases copied from
// report text, and queries with a year. Each is checked against the bundled and corpus reports.
export const RECALL_QUERIES: string[] = [
  // bodies, as the reports name them
  '吴忠市人民政府办公室',
  '利通区',
  '泾源县',
  '柳泉乡',
  '洪泽区人民政府',
  '平潭综合实验区',
  '沐阳县',
  '上海市科委',
  '上海市人民政府办公厅',
  // two characters
  '复议',
  '诉讼',
  '预算',
  '网站',
  '收费',
  '培训',
  // four characters
  '年度报告',
  '政务公开',
  '行政复议',
  '主动公开',
  '政策解读',
  '信息公开',
  // words that stand in tables: row labels, captions, column headings, notes, 统计表 indicators
  '公开出版物',
  '重复申请',
  '行政处罚',
  '未经复议直接起诉',
  '勾稽关系',
  '社会公益组织',
  // terms of the domain
  '依申请公开',
  '政府信息公开申请',
  '行政诉讼',
  '不予公开',
  '政府信息公开条例',
  '统计期限',
  '信息处理费',
  // phrases copied from report text
  '坚持以人民为中心深化政务公开',
  '全年通过门户网站公开政府信息',
  '本报告所列数据统计期限',
  '未收到政府信息公开申请',
  '政务新媒体',
  // with a year
  '利通区 2022',
  '2021 行政复议',
  '2017 统计表',
  // full-width and mixed
  '２０２１',
  '平潭 2015',
];

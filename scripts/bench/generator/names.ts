// Building blocks of the benchmark province's names: syllables that real place names use, and the
// departments that publish reports at each level. Fictional places, real-looking names.

/** First and second characters of place names (each name takes one of each). */
export const PLACE_FIRST = [
  ...'安宝北昌长承崇大丹东定丰福阜高广桂海汉合和河衡洪华淮黄吉嘉建江金晋靖九开康兰乐黎临灵龙隆鹿罗洛茂梅蒙南宁平浦齐祁清庆泉仁瑞山上韶寿舒双顺泗松泰滕天通桐万望威文武西仙湘祥新兴秀宣阳宜义永余玉元岳云枣彰肇镇忠舟资',
];
export const PLACE_SECOND = [
  ...'安坝宝北滨昌城川春丹德定东丰峰符阜谷关光海汉和河湖华化怀江津锦泾康口兰林陵隆门明南宁平浦谱桥清泉沙山石水顺台泰潭塘田亭原溪峡乡祥阳野宜义阴源远岳云泽州庄',
];

export interface DepartmentKind {
  /** As in 教育局 / 教育厅. */
  city: string;
  province: string;
  /** ASCII code in slugs. */
  code: string;
  /** Created in the 2018 reform: reports start in 2019. */
  since?: number;
}

export const DEPARTMENTS: DepartmentKind[] = [
  { city: '发展和改革委员会', province: '发展和改革委员会', code: 'fgw' },
  { city: '教育局', province: '教育厅', code: 'jy' },
  { city: '科学技术局', province: '科学技术厅', code: 'kj' },
  { city: '工业和信息化局', province: '工业和信息化厅', code: 'gxj' },
  { city: '公安局', province: '公安厅', code: 'ga' },
  { city: '民政局', province: '民政厅', code: 'mz' },
  { city: '司法局', province: '司法厅', code: 'sf' },
  { city: '财政局', province: '财政厅', code: 'cz' },
  { city: '人力资源和社会保障局', province: '人力资源和社会保障厅', code: 'rs' },
  { city: '自然资源局', province: '自然资源厅', code: 'zr', since: 2019 },
  { city: '生态环境局', province: '生态环境厅', code: 'sthj', since: 2019 },
  { city: '住房和城乡建设局', province: '住房和城乡建设厅', code: 'zj' },
  { city: '交通运输局', province: '交通运输厅', code: 'jt' },
  { city: '水务局', province: '水利厅', code: 'sl' },
  { city: '农业农村局', province: '农业农村厅', code: 'nync', since: 2019 },
  { city: '商务局', province: '商务厅', code: 'sw' },
  { city: '文化和旅游局', province: '文化和旅游厅', code: 'wl', since: 2019 },
  { city: '卫生健康委员会', province: '卫生健康委员会', code: 'wjw', since: 2019 },
  { city: '退役军人事务局', province: '退役军人事务厅', code: 'tyjr', since: 2019 },
  { city: '应急管理局', province: '应急管理厅', code: 'yj', since: 2019 },
  { city: '审计局', province: '审计厅', code: 'sj' },
  { city: '市场监督管理局', province: '市场监督管理局', code: 'scjg', since: 2019 },
  { city: '统计局', province: '统计局', code: 'tj' },
  { city: '医疗保障局', province: '医疗保障局', code: 'yb', since: 2019 },
  { city: '林业和草原局', province: '林业和草原局', code: 'lc', since: 2019 },
  { city: '行政审批服务局', province: '政务服务管理局', code: 'xzsp' },
];

/** How many departments of the list a county has (the first ones). */
export const COUNTY_DEPARTMENTS = 12;

// Short Chinese names of the sections, for messages that list them.
import type { SectionKey } from '../../parser/index.ts';

export const SECTION_LABELS: Record<SectionKey, string> = {
  overview: '总体情况',
  proactive: '主动公开政府信息情况',
  applications: '收到和处理政府信息公开申请情况',
  reviewLitigation: '行政复议、行政诉讼情况',
  problems: '存在的主要问题及改进情况',
  other: '其他需要报告的事项',
  fees: '收费及减免情况',
  statistics: '统计表',
};

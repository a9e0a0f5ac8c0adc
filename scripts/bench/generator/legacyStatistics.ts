// The 2014 统计表 of legacy reports (统计指标 / 单位 / 统计数), with figures whose parts add up to
// their totals (收到申请数 = the four channels; 申请办结数 = on time + late; …).
import type { Rng } from './random.ts';

export interface LegacyRow {
  indicator: string;
  /** null for a heading row (its unit cell is a dash). */
  unit: string | null;
  value: number | null;
}

function parts(rng: Rng, total: number, weights: number[]): number[] {
  const out = weights.map(() => 0);
  const pairs = weights.map((w, i) => [i, w] as const);
  for (let i = 0; i < total; i++) {
    const at = rng.weighted(pairs);
    out[at] = (out[at] as number) + 1;
  }
  return out;
}

export function legacyStatistics(rng: Rng, scale: number, received: number): LegacyRow[] {
  const published = rng.int(scale * 20, scale * 120);
  const normative = rng.int(0, 40);
  const channels = [
    rng.int(0, 60),
    rng.int(published / 3, published),
    rng.int(0, published / 4),
    rng.int(0, published / 3),
    rng.int(0, published / 4),
  ].map(Math.round);
  const [inPerson, fax, online, letter] = parts(rng, received, [3, 0.3, 5, 2]);
  const late = rng.int(0, Math.round(received / 10));
  const answered = received;
  const answers = parts(rng, answered, [3, 4, 1, 1, 1, 1.5, 0.5, 0.5]);
  const refused = answers[3] as number;
  const refusedWhy = parts(rng, refused, [0.5, 1, 2, 0.3, 2, 0.5]);
  const review = parts(rng, rng.int(0, Math.round(received / 10)), [6, 1, 2]);
  const suits = parts(rng, rng.int(0, Math.round(received / 20)), [6, 1, 2]);
  const staff = [rng.int(0, 30), rng.int(1, 80)];
  const row = (indicator: string, unit: string | null, value: number | null = null): LegacyRow => ({ indicator, unit, value });
  const sumOf = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  return [
    row('一、主动公开情况', null),
    row('（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', published),
    row('其中：主动公开规范性文件数', '条', normative),
    row('制发规范性文件总数', '件', normative),
    row('（二）通过不同渠道和方式公开政府信息的情况', null),
    row('1. 政府公报公开政府信息数', '条', channels[0]),
    row('2. 政府网站公开政府信息数', '条', channels[1]),
    row('3. 政务微博公开政府信息数', '条', channels[2]),
    row('4. 政务微信公开政府信息数', '条', channels[3]),
    row('5. 其他方式公开政府信息数', '条', channels[4]),
    row('二、回应解读情况', null),
    row('（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', rng.int(0, 300)),
    row('（二）通过不同渠道和方式回应解读的情况', null),
    row('1. 参加或举办新闻发布会总次数', '次', rng.int(0, 30)),
    row('其中：主要负责同志参加新闻发布会次数', '次', rng.int(0, 10)),
    row('2. 政府网站在线访谈次数', '次', rng.int(0, 12)),
    row('3. 政策解读稿件发布数', '篇', rng.int(0, 60)),
    row('三、依申请公开情况', null),
    row('（一）收到申请数', '件', received),
    row('1. 当面申请数', '件', inPerson),
    row('2. 传真申请数', '件', fax),
    row('3. 网络申请数', '件', online),
    row('4. 信函申请数', '件', letter),
    row('（二）申请办结数', '件', received),
    row('1. 按时办结数', '件', received - late),
    row('2. 延期办结数', '件', late),
    row('（三）申请答复数', '件', answered),
    row('1. 属于已主动公开范围数', '件', answers[0]),
    row('2. 同意公开答复数', '件', answers[1]),
    row('3. 同意部分公开答复数', '件', answers[2]),
    row('4. 不同意公开答复数', '件', refused),
    row('其中：涉及国家秘密', '件', refusedWhy[0]),
    row('涉及商业秘密', '件', refusedWhy[1]),
    row('涉及个人隐私', '件', refusedWhy[2]),
    row('危及国家安全、公共安全、经济安全和社会稳定', '件', refusedWhy[3]),
    row('不是《条例》所指政府信息', '件', refusedWhy[4]),
    row('法律法规规定的其他情形', '件', refusedWhy[5]),
    row('5. 不属于本行政机关公开数', '件', answers[4]),
    row('6. 申请信息不存在数', '件', answers[5]),
    row('7. 告知作出更改补充数', '件', answers[6]),
    row('8. 告知通过其他途径办理数', '件', answers[7]),
    row('四、行政复议数量', '件', sumOf(review)),
    row('（一）维持具体行政行为数', '件', review[0]),
    row('（二）被依法纠错数', '件', review[1]),
    row('（三）其他情形数', '件', review[2]),
    row('五、行政诉讼数量', '件', sumOf(suits)),
    row('（一）维持具体行政行为或者驳回原告诉讼请求数', '件', suits[0]),
    row('（二）被依法纠错数', '件', suits[1]),
    row('（三）其他情形数', '件', suits[2]),
    row('六、举报投诉数量', '件', rng.int(0, 3)),
    row('七、依申请公开信息收取的费用', '万元', 0),
    row('八、机构建设和保障经费情况', null),
    row('（一）政府信息公开工作专门机构数', '个', rng.int(1, 20)),
    row('（二）设置政府信息公开查阅点数', '个', rng.int(1, 30)),
    row('（三）从事政府信息公开工作人员数', '人', sumOf(staff)),
    row('1. 专职人员数（不包括政府公报及政府网站工作人员数）', '人', staff[0]),
    row('2. 兼职人员数', '人', staff[1]),
    row('九、政府信息公开会议和培训情况', null),
    row('（一）召开政府信息公开工作会议或专题会议数', '次', rng.int(0, 20)),
    row('（二）举办各类培训班数', '次', rng.int(0, 15)),
    row('（三）接受培训人员数', '人次', rng.int(0, 600)),
  ];
}

// One report's parts in the order the format prescribes, with prose from the pool, the sentence that
// states the year's requests (text.matchesTable), the tables, and the signature with its date.
import type { Part } from './parts.ts';
import type { Passage, PoolKey, ProsePool } from './prosePool.ts';
import { type Places, rewritePassage } from './prose.ts';
import type { Rng } from './random.ts';
import type { GridLine } from './grid.ts';

export type ReportFormat = '2021' | '2019' | 'legacy';

export interface ReportContent {
  format: ReportFormat;
  year: number;
  /** The name the report is signed with. */
  signedAs: string;
  places: Places;
  /** The year in the 统计期限 (the report's year unless the period rule is broken on purpose). */
  periodYear: number;
  /** What the prose says about the year's requests. */
  statement: { received: number; carriedOver: number; processed: number } | null;
  tables: { proactive?: GridLine[]; applications?: GridLine[]; reviewLitigation?: GridLine[]; legacy?: GridLine[] };
  review: { review: number; litigation: number };
  /** Whether the title names the body (otherwise the file's front matter does). */
  titled: boolean;
  /** Department reports are due by 31 January, local governments' by 31 March. */
  dueMonth: 1 | 3;
}

const MODERN_HEADINGS: [string, string[]][] = [
  ['一', ['总体情况']],
  ['二', ['主动公开政府信息情况']],
  ['三', ['收到和处理政府信息公开申请情况']],
  ['四', ['政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况']],
  ['五', ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进措施']],
  ['六', ['其他需要报告的事项']],
];

const LEADS = [
  '（一）主动公开方面。',
  '（二）依申请公开方面。',
  '（三）政府信息管理情况。',
  '（四）平台建设情况。',
  '（五）监督保障情况。',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

function paragraphs(rng: Rng, pool: ProsePool, key: PoolKey, count: number, content: ReportContent): string[] {
  const passages: Passage[] = pool[key].length > 0 ? pool[key] : pool.overview;
  const out: string[] = [];
  for (let i = 0; i < count && passages.length > 0; i++) {
    let sentences = rewritePassage(rng.pick(passages), content.year, content.places, rng);
    if (sentences.length > 2 && rng.chance(0.3)) sentences = rng.shuffle(sentences);
    out.push(sentences.join(''));
  }
  return out;
}

function statementText(rng: Rng, s: NonNullable<ReportContent['statement']>, year: number): string {
  const who = rng.pick(['本机关', '我单位', '我局', '我办', '全年']);
  const received =
    s.received === 0 && rng.chance(0.5)
      ? `${year}年，${who}未收到政府信息公开申请`
      : `${year}年，${who}共收到政府信息公开申请${s.received}件`;
  return `${received}，上年结转${s.carriedOver}件，办结政府信息公开申请${s.processed}件，均在法定期限内答复。`;
}

function preamble(content: ReportContent): string {
  const y = content.periodYear;
  return `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。本报告所列数据统计期限为${y}年1月1日至${y}年12月31日。本报告电子版可在${content.signedAs}门户网站查阅或下载。如对本报告有疑问，请与${content.signedAs}政务公开办公室联系。`;
}

function title(rng: Rng, content: ReportContent): Part {
  const { signedAs, year } = content;
  const form = rng.weighted([
    ['one', 5],
    ['two', 3],
    ['yearFirst', 1],
  ] as const);
  if (form === 'two') return { kind: 'title', lines: [signedAs, `${year}年政府信息公开工作年度报告`] };
  if (form === 'yearFirst') return { kind: 'title', lines: [`${year}年${signedAs}政府信息公开工作年度报告`] };
  return { kind: 'title', lines: [`${signedAs}${year}年政府信息公开工作年度报告`] };
}

function signature(rng: Rng, content: ReportContent): Part {
  const day = rng.int(10, 28);
  const month = content.dueMonth === 1 ? 1 : rng.int(1, 3);
  return { kind: 'signature', lines: [content.signedAs, `${content.year + 1}年${month}月${day}日`] };
}

function modern(rng: Rng, pool: ProsePool, content: ReportContent): Part[] {
  const parts: Part[] = [];
  const heading = (i: number): Part => {
    const [number, words] = MODERN_HEADINGS[i] as [string, string[]];
    return { kind: 'heading', number, text: rng.pick(words) };
  };
  parts.push(heading(0));
  const overview = paragraphs(rng, pool, 'overview', rng.int(4, 9), content);
  const leads = rng.chance(0.6);
  overview.forEach((text, i) => parts.push({ kind: 'paragraph', text: leads && i < LEADS.length ? `${LEADS[i]}${text}` : text }));
  if (content.statement)
    parts.splice(3, 0, { kind: 'paragraph', text: statementText(rng, content.statement, content.year), statement: true });
  parts.push(heading(1));
  if (content.tables.proactive) parts.push({ kind: 'table', grid: content.tables.proactive });
  parts.push(heading(2));
  if (content.tables.applications) parts.push({ kind: 'table', grid: content.tables.applications });
  parts.push(heading(3));
  if (content.tables.reviewLitigation) parts.push({ kind: 'table', grid: content.tables.reviewLitigation });
  parts.push(heading(4));
  for (const text of paragraphs(rng, pool, 'problems', rng.int(2, 5), content)) parts.push({ kind: 'paragraph', text });
  parts.push(heading(5));
  for (const text of paragraphs(rng, pool, 'other', rng.int(1, 3), content)) parts.push({ kind: 'paragraph', text });
  return parts;
}

function legacy(rng: Rng, pool: ProsePool, content: ReportContent): Part[] {
  const sections: [string, Part[]][] = [
    ['概述', paragraphs(rng, pool, 'overview', rng.int(4, 9), content).map((text) => ({ kind: 'paragraph', text }))],
    [
      rng.pick(['主动公开政府信息情况', '政府信息主动公开情况']),
      paragraphs(rng, pool, 'proactive', rng.int(2, 5), content).map((text) => ({ kind: 'paragraph', text })),
    ],
    [
      rng.pick(['政府信息依申请公开情况', '依申请公开政府信息情况']),
      [
        {
          kind: 'paragraph',
          text: `${content.year}年，全年共受理政府信息公开申请${content.statement?.received ?? 0}件，均已按期答复。`,
          statement: true,
        },
        ...paragraphs(rng, pool, 'applications', rng.int(0, 2), content).map((text): Part => ({ kind: 'paragraph', text })),
      ],
    ],
  ];
  if (rng.chance(0.5))
    sections.push(['政府信息公开的收费及减免情况', [{ kind: 'paragraph', text: '本年度未收取政府信息公开相关费用，也未发生减免情况。' }]]);
  sections.push([
    '因政府信息公开申请行政复议、提起行政诉讼的情况',
    [
      {
        kind: 'paragraph',
        text: `全年因政府信息公开申请被申请行政复议${content.review.review}件，被提起行政诉讼${content.review.litigation}件。`,
      },
    ],
  ]);
  sections.push([
    rng.pick(['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进措施']),
    paragraphs(rng, pool, 'problems', rng.int(2, 4), content).map((text) => ({ kind: 'paragraph', text })),
  ]);
  if (rng.chance(0.4))
    sections.push(['其他需要报告的事项', paragraphs(rng, pool, 'other', 1, content).map((text) => ({ kind: 'paragraph', text }))]);
  const parts: Part[] = [];
  sections.forEach(([text, body], i) => parts.push({ kind: 'heading', number: NUMERALS[i] as string, text }, ...body));
  if (content.tables.legacy)
    parts.push({ kind: 'table', caption: `${content.signedAs}${content.year}年度政府信息公开情况统计表`, grid: content.tables.legacy });
  return parts;
}

export function composeReport(rng: Rng, pool: ProsePool, content: ReportContent): Part[] {
  const head: Part[] = content.titled ? [title(rng, content)] : [];
  const body = content.format === 'legacy' ? legacy(rng, pool, content) : modern(rng, pool, content);
  return [...head, { kind: 'paragraph', text: preamble(content) }, ...body, signature(rng, content)];
}

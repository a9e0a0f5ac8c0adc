// Prose for the benchmark corpus, taken from real reports: each report is parsed (by the real
// parser), its paragraphs are grouped by the section they belong to, and every sentence that could
// contradict the generated tables (figures of requests, 统计期限) or pass for a heading is dropped.
// Place names become placeholders ({province} {city} {county} {town}) and years are kept relative
// to the source's own year, so that a passage can be reused by any body in any year.
import { parseReport, type SectionKey } from '../../../src/parser/index.ts';

export type PoolKey = 'overview' | 'proactive' | 'applications' | 'reviewLitigation' | 'problems' | 'other';

export interface Passage {
  /** Sentences, each ending with its own punctuation. */
  sentences: string[];
  /** The source report's year: years in the text move with the report that reuses them. */
  year: number;
}

export type ProsePool = Record<PoolKey, Passage[]>;

/** Names in the bundled and corpus reports, longest first, and the placeholder each becomes. */
const PLACES: [string, string][] = [
  ['宁夏回族自治区', '{province}'],
  ['平潭综合实验区', '{county}'],
  ['红寺堡区', '{county}'],
  ['福建省', '{province}'],
  ['江苏省', '{province}'],
  ['上海市', '{province}'],
  ['自治区', '{province}'],
  ['吴忠市', '{city}'],
  ['固原市', '{city}'],
  ['淮安市', '{city}'],
  ['宿迁市', '{city}'],
  ['福州市', '{city}'],
  ['利通区', '{county}'],
  ['泾源县', '{county}'],
  ['平潭县', '{county}'],
  ['洪泽区', '{county}'],
  ['沭阳县', '{county}'],
  ['沐阳县', '{county}'],
  ['柳泉乡', '{town}'],
  ['宁夏', '{province}'],
  ['吴忠', '{city}'],
  ['平潭', '{county}'],
  ['洪泽', '{county}'],
  ['沭阳', '{county}'],
  ['上海', '{province}'],
];

/** Sentences that state figures of requests (text.matchesTable reads them) or a 统计期限. */
const CONTRADICTS =
  /(?:申请|结转|办结|受理|答复)[^。；]*?[0-9０-９]|未(?:收到|受理)[^。；]*申请|统计(?:期限|时限|周期|时间|区间)|勾稽|第二十条|本年新收|\t|\|/;
/** A sentence that would read as a section heading, or a fragment of one. */
const HEADING_LIKE = /^\s*(?:[#*]+|[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+部分)/;

const SECTION_POOL: Partial<Record<SectionKey, PoolKey>> = {
  overview: 'overview',
  proactive: 'proactive',
  applications: 'applications',
  reviewLitigation: 'reviewLitigation',
  problems: 'problems',
  other: 'other',
  fees: 'other',
};

export function placeholders(text: string): string {
  let out = text;
  for (const [name, mark] of PLACES) out = out.split(name).join(mark);
  return out;
}

function sentencesOf(text: string): string[] {
  return (text.replace(/\*\*|__|<\/?u>/g, '').match(/[^。！？；]+[。！？；]?/g) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/** Paragraphs of at most `size` sentences: one-line reports come as a few very long paragraphs. */
function chunks(sentences: string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size));
  return out;
}

export function buildProsePool(texts: string[]): ProsePool {
  const pool: ProsePool = { overview: [], proactive: [], applications: [], reviewLitigation: [], problems: [], other: [] };
  for (const text of texts) {
    const report = parseReport(text);
    if (report.year === null) continue;
    for (const section of report.sections) {
      const key = (section.key && SECTION_POOL[section.key]) ?? 'overview';
      for (const block of section.blocks) {
        if (block.type !== 'paragraph') continue;
        const kept = sentencesOf(block.text).filter((s) => !CONTRADICTS.test(s) && !HEADING_LIKE.test(s) && s.length >= 8);
        for (const sentences of chunks(kept.map(placeholders), 4)) {
          if (sentences.join('').length >= 30) pool[key].push({ sentences, year: report.year });
        }
      }
    }
  }
  return pool;
}

// One search record per report: its readable text (title, body, headings, paragraphs, then the words
// its tables print — not their figures, not fragments of other documents), where each section and
// table starts, and the filters.
import type { CatalogReport } from '../portal/catalog.ts';
import type { Block } from '../parser/index.ts';
import { LEVEL_LABELS } from '../schema/body.ts';
import { SEARCH_LANGUAGE, comparableText, indexText, indexedWords, lettersNotIn } from './searchText.ts';
import { tableWords } from './tableWords.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * A part's place in the searchable text: where it starts (in text without white space), its heading
 * and anchor, and 1 when the part is a table (its words are labels, not the report's prose).
 */
export type SectionOffset = [offset: number, heading: string, anchor: string, inTable?: 1];

export interface SearchablePart {
  text: string;
  heading: string;
  anchor: string;
  inTable: boolean;
}

const SEPARATOR = '|';

/** Paragraph text as a reader sees it: markdown emphasis marks are not words. */
function blockText(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'subheading' ? [b.text.replace(/\*\*|__|`/g, '')] : []));
}

export const FORMAT_FILTER: Record<string, string> = { '2021': '2021年版', '2019': '2019年版', legacy: '旧版', unknown: '未识别' };

/** The parts of a report that search covers, in order, each with the section it belongs to. */
export function searchableParts(r: CatalogReport): SearchablePart[] {
  const d = r.data;
  const head = [d.title ?? '', r.body.name, d.agency ?? '', r.year !== null ? `${r.year}年` : ''].filter((t) => t !== '').join(' ');
  const parts: SearchablePart[] = [{ text: [head, ...blockText(d.preamble)].join(' '), heading: '', anchor: '', inTable: false }];
  d.sections.forEach((s, i) => {
    parts.push({ text: [s.heading, ...blockText(s.blocks)].join(' '), heading: s.heading, anchor: `s${i + 1}`, inTable: false });
  });
  for (const t of tableWords(d)) parts.push({ text: t.words.join(' '), heading: t.caption, anchor: t.anchor, inTable: true });
  return parts;
}

/** The text whose containing a query defines a correct result (the recall test reads it too). */
export function searchableText(r: CatalogReport): string {
  return searchableParts(r)
    .map((p) => p.text)
    .join(` ${SEPARATOR} `);
}

/** The values a report has for each search filter. */
export function recordFilters(r: CatalogReport): Record<string, string[]> {
  return {
    year: r.year === null ? [] : [String(r.year)],
    region: r.body.region,
    level: r.body.level ? [LEVEL_LABELS[r.body.level]] : [],
    body: [r.body.name],
    format: [FORMAT_FILTER[r.data.format] ?? r.data.format],
  };
}

export function searchRecord(r: CatalogReport): SearchRecord {
  return indexedRecord(r).record;
}

/** A report's search record and the words its content holds (indexedWords of the content: the shard directory lists them). */
export function indexedRecord(r: CatalogReport): { record: SearchRecord; words: Set<string> } {
  const parts = searchableParts(r);
  const texts = parts.map((p) => comparableText(p.text));
  const text = texts.join(SEPARATOR);
  const indexed = texts.map(indexText).join(` ${SEPARATOR} `);
  const offsets: SectionOffset[] = [];
  let offset = 0;
  for (const [i, p] of parts.entries()) {
    offsets.push(p.inTable ? [offset, p.heading, p.anchor, 1] : [offset, p.heading, p.anchor]);
    offset += (texts[i] as string).length + SEPARATOR.length;
  }
  const words = indexedWords(indexed);
  const letters = lettersNotIn(text, words);
  for (const letter of letters) words.add(letter);
  const record: SearchRecord = {
    url: `/reports/${r.id}/`,
    // The text's pairs, part by part, then its letters once each (see lettersNotIn); textLength says
    // where the text ends, so that the letters are never read as text.
    content: [indexed, ...letters].join(' '),
    language: SEARCH_LANGUAGE,
    meta: {
      title: `${r.body.name} ${r.year ?? '年度未知'} 年度报告`,
      body: r.body.name,
      year: r.year === null ? '' : String(r.year),
      sections: JSON.stringify(offsets),
      textLength: String(text.length),
    },
    filters: recordFilters(r),
    sort: { year: r.year === null ? '0' : String(r.year) },
  };
  return { record, words };
}

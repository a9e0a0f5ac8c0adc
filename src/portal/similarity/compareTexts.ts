// A report's readable text measured against last year's grams: the share of its distinct grams, and
// of each known section's, found there. Measuring a report also gives its own grams, which the
// catalog needs next, when the report is the previous of the body's next year: the last report's are
// kept so that each text is hashed once.
import type { SectionKey } from '../../parser/index.ts';
import type { ReportEntryData } from '../../schema/report.ts';
import { GramSet, gramHashes } from './ngrams.ts';
import { reportText } from './reportText.ts';

type Texts = Pick<ReportEntryData, 'preamble' | 'sections'>;

export interface TextGrams {
  /** Normalised characters of the whole readable text. */
  length: number;
  /** Its distinct grams (within each part: a gram across two parts is not counted). */
  grams: GramSet;
}

export interface SectionShare {
  /** Normalised characters of the section this year. */
  length: number;
  /** Share of its distinct grams in last year's text; null when it has none. */
  share: number | null;
}

export interface Comparison {
  own: TextGrams;
  /** Share of the whole text's distinct grams in last year's; null when it has none. */
  whole: number | null;
  sections: Map<SectionKey, SectionShare>;
}

let last: { data: Texts; grams: TextGrams } | null = null;

/** Parts by key, in order; a key that heads two sections has both texts. */
function partsOf(data: Texts): [SectionKey | null, string][] {
  const keyed = new Map<SectionKey, string>();
  const parts: [SectionKey | null, string][] = [];
  for (const part of reportText(data)) {
    if (part.key === null) parts.push([null, part.text]);
    else keyed.set(part.key, (keyed.get(part.key) ?? '') + part.text);
  }
  return [...parts, ...keyed];
}

/** Measures `data` against `before` (or nothing, for its own grams only). */
function measure(data: Texts, before: GramSet | null): Comparison {
  const parts = partsOf(data).map(([key, text]) => [key, text, gramHashes(text)] as const);
  const own = new GramSet(parts.reduce((n, [, , hashes]) => n + hashes.length, 0));
  const sections = new Map<SectionKey, SectionShare>();
  let length = 0;
  let shared = 0;
  for (const [key, text, hashes] of parts) {
    length += text.length;
    const seen = key === null || before === null ? null : new GramSet(hashes.length);
    let sectionShared = 0;
    for (const h of hashes) {
      const fresh = own.add(h);
      const inSection = seen?.add(h) ?? false;
      if (before === null || !(fresh || inSection) || !before.has(h)) continue;
      if (fresh) shared++;
      if (inSection) sectionShared++;
    }
    if (key !== null && seen) sections.set(key, { length: text.length, share: seen.size === 0 ? null : sectionShared / seen.size });
  }
  const grams = { length, grams: own };
  last = { data, grams };
  return { own: grams, whole: own.size === 0 ? null : shared / own.size, sections };
}

/** A report's own grams, remembered for the report measured next. */
export function textGramsOf(data: Texts): TextGrams {
  return last?.data === data ? last.grams : measure(data, null).own;
}

/** A report's text against the grams of the same body's report of the year before. */
export function compareTexts(data: Texts, before: GramSet): Comparison {
  return measure(data, before);
}

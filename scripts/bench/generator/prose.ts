// A passage of the prose pool rewritten for one body and year: its place names filled in, its years
// moved by as many years as the report is from the source, and its counts of things (条, 篇, 个…)
// varied, so that reports differ in their words and figures as real ones do.
import type { Passage } from './prosePool.ts';
import type { Rng } from './random.ts';

export interface Places {
  province: string;
  city: string;
  county: string;
  town: string;
}

const YEAR = /(?<![0-9])(20[0-3][0-9])(?![0-9])/g;
/** A count followed by its unit: not a year, a document number (〔2021〕12 号) or a percentage. */
const COUNT = /(?<![0-9〔[（(第.])([1-9][0-9]{0,5})(\s*)(?=[条篇个次期份人件项家场余多万])/g;

export function rewritePassage(passage: Passage, year: number, places: Places, rng: Rng): string[] {
  const shift = year - passage.year;
  return passage.sentences.map((sentence) =>
    sentence
      .replace(/\{(province|city|county|town)\}/g, (_, key: keyof Places) => places[key])
      .replace(YEAR, (y) => String(Number(y) + shift))
      .replace(COUNT, (_, n: string, space: string) => {
        const value = Number(n);
        const varied = Math.max(1, Math.round(value * (0.5 + rng.next())));
        return `${varied}${space}`;
      }),
  );
}

// The measure under the rule: normalisation, n-gram sets and containment, on examples and as
// properties (in [0, 1], 1 for identical texts, never throws).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText } from '../../../src/portal/similarity/normalise.ts';
import { GRAM_LENGTH, GramSet, containment, gramHashes, gramSetOf } from '../../../src/portal/similarity/ngrams.ts';
import { similarityChecks } from '../../../src/portal/similarity/previousYearRule.ts';
import { reportEntry } from '../../support/reportEntry.ts';

const share = (now: string, before: string) => containment(normaliseText(now), gramSetOf(normaliseText(before)));

/** Characters reports are made of, and some they seldom are. */
const ALPHABET = [
  ...'政府信息公开年度报告一二三〇々，。；：、“”《》（）！？ 　\t\n.,;:!?()-—…·０１２３ＡＢａｂ①②abcAB019',
  '\u{20000}',
  '\u0301',
  '\u0000',
];
const reportish = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 80 });
const anything = fc.oneof(reportish, fc.string({ unit: 'binary', maxLength: 80 }));

describe('normaliseText', () => {
  it('drops white space, punctuation and symbols and makes full-width forms plain', () => {
    expect(normaliseText('２０２１年，本机关 主动公开\n信息“１２条”（含ＡＢ类）！①')).toBe('2021年本机关主动公开信息12条含AB类1');
  });

  it('is NFKC with white space, punctuation and symbols removed, character by character', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET.filter((c) => c !== '\u0301')), maxLength: 80 }), (text) => {
        expect(normaliseText(text)).toBe(text.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, ''));
      }),
    );
  });
});

describe('containment', () => {
  it('is the share of this text’s distinct grams found in the other', () => {
    expect(share('甲乙丙丁戊己', '甲乙丙丁戊')).toBe(0.5);
    expect(share('甲乙丙丁戊甲乙丙丁戊', '甲乙丙丁戊')).toBe(0.2);
    expect(share('甲乙丙丁', '甲乙丙丁')).toBeNull();
    expect(share('甲乙丙丁戊', '')).toBe(0);
  });

  it('is in [0, 1], or null for a text under one gram, and never throws', () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        const s = share(a, b);
        if (normaliseText(a).length < GRAM_LENGTH) expect(s).toBeNull();
        else {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('is 1 for identical texts and for a text within a longer one', () => {
    fc.assert(
      fc.property(anything, anything, anything, (before, a, after) => {
        fc.pre(normaliseText(a).length >= GRAM_LENGTH);
        expect(share(a, a)).toBe(1);
        expect(share(a, `${before}${a}${after}`)).toBe(1);
      }),
    );
  });

  it('holds every distinct gram it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).filter((h) => h !== 0)), (hashes) => {
        const set = new GramSet(hashes.length);
        hashes.forEach((h) => set.add(h));
        expect(set.size).toBe(new Set(hashes).size);
        expect(hashes.every((h) => set.has(h))).toBe(true);
      }),
    );
    expect(gramHashes('甲乙丙丁戊己').length).toBe(2);
  });
});

describe('similarityChecks on any text', () => {
  it('never throws, and its figures are in [0, 1] with two decimals', () => {
    const entry = (year: number, texts: string[]) =>
      reportEntry(`r-${year}`, {
        year,
        preamble: texts.slice(0, 1).map((text) => ({ type: 'paragraph' as const, text, line: 1 })),
        sections: [
          {
            number: 5,
            key: 'problems',
            heading: '存在的主要问题及改进情况',
            line: 2,
            blocks: texts.slice(1).map((text) => ({ type: 'paragraph' as const, text, line: 3 })),
          },
        ],
      }).data;
    const texts = fc.array(
      fc.oneof(anything, fc.string({ unit: fc.constantFrom(...'政府信息公开年度报告工作情况'), minLength: 150, maxLength: 400 })),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(texts, texts, (before, now) => {
        for (const c of similarityChecks(entry(2021, before), entry(2022, now))) {
          expect(c.rule).toBe('similarity.previousYear');
          if (c.status === 'uncheckable') expect(c.actual).toBeNull();
          else {
            expect(typeof c.actual).toBe('number');
            expect(c.actual).toBeGreaterThanOrEqual(0);
            expect(c.actual).toBeLessThanOrEqual(1);
            expect(Number((c.actual as number).toFixed(2))).toBe(c.actual);
          }
        }
      }),
    );
  });
});

// The search text scheme: every run of letters and digits is indexed as its character pairs, so a
// piece of a text — Han, digits, Latin or mixed, across white space or not — is found by the pairs
// of its own words, and the indexed text turns back into the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparableText,
  containsQuery,
  indexText,
  queryTokens,
  queryWords,
  restoreText,
  searchPhrase,
} from '../../src/search/searchText.ts';

/** Text like a report's: Han, digits, Latin, full- and half-width punctuation, white space and line breaks. */
const reportText = fc
  .array(fc.constantFrom(...'政府信息公开申请年度报告淮安市洪泽区２０２３2023年12月31日abcXYZ，。、（）《》“”:;.-% \n　'), {
    maxLength: 80,
  })
  .map((chars) => chars.join(''));

/** Whether the index holds a query token: as a pair, or a one-character token as the start of a pair. */
function held(indexed: string[], token: string): boolean {
  return indexed.some((t) => t === token || ([...token].length === 1 && t.startsWith(token)));
}

describe('search text', () => {
  it('turns the indexed text back into the text', () => {
    fc.assert(
      fc.property(fc.oneof(reportText, fc.string({ unit: 'binary' })), (text) => restoreText(indexText(text)) === comparableText(text)),
    );
  });

  it('always finds a piece of the text: every token of the query is in the index', () => {
    fc.assert(
      fc.property(reportText, fc.nat(), fc.integer({ min: 1, max: 12 }), (text, at, length) => {
        const plain = comparableText(text);
        const piece = plain.slice(at % Math.max(1, plain.length), (at % Math.max(1, plain.length)) + length);
        fc.pre(queryWords(piece).length > 0);
        expect(containsQuery(text, piece)).toBe(true);
        const indexed = indexText(text).split(' ');
        for (const token of queryTokens(piece)) expect(held(indexed, token), `${token} of ${piece}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('indexes digits and Latin as pairs too, so a piece inside a number or a word is found', () => {
    expect(indexText('2023年')).toBe('20 02 23 3年 年');
    expect(queryTokens('023')).toEqual(['02', '23']);
    expect(indexText('Covid')).toBe('co ov vi id d');
  });

  it('reads across white space and line breaks, as a reader does', () => {
    expect(indexText('淮安\n市 洪泽')).toBe(indexText('淮安市洪泽'));
    expect(containsQuery('淮安\n市洪泽', '安市')).toBe(true);
  });

  it('takes white space and punctuation in a query as separators between words', () => {
    expect(queryWords('项目、为 2021年，ＡＢ')).toEqual(['项目', '为', '2021年', 'ab']);
    expect(containsQuery('本年度项目、为民办实事', '项目，为民')).toBe(true);
    expect(containsQuery('本年度项目、为民办实事', '项目为民')).toBe(false);
    expect(queryWords('、。 ')).toEqual([]);
  });

  it('tells an exact phrase by its words run together', () => {
    expect(searchPhrase('行政 复议')).toBe('行政复议');
    expect(searchPhrase('申请行政复议、诉讼')).toContain(searchPhrase('行政复议'));
  });
});

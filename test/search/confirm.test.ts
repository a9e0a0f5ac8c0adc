// Confirming a candidate reads the record's text only: the letters listed once each after it (for
// one-character queries, see lettersNotIn) are not text, and a phrase never spans text and letters.
import { describe, expect, it } from 'vitest';
import { confirm } from '../../src/search/findReports.ts';
import { indexText, indexedWords, lettersNotIn } from '../../src/search/searchText.ts';

const record = (text: string) => ({
  url: '/reports/x/',
  content: `${indexText(text)} ${lettersNotIn(text, indexedWords(indexText(text))).join(' ')}`,
  meta: { sections: JSON.stringify([[0, '', '']]), textLength: String(text.length) },
});

describe('confirm', () => {
  it('finds the words in the text', () => {
    expect(confirm(record('甲乙丙'), '乙丙')?.sections.map((s) => s.excerpt)).toEqual(['甲乙丙']);
  });

  it('does not read the letters after the text as text', () => {
    expect(confirm(record('甲乙丙'), '丙甲')).toBeNull();
  });

  it('lists each letter and digit once, unless the indexed text holds it as a word already', () => {
    const text = '甲乙，甲 2 2A';
    // Indexed: 甲乙 乙 ， 甲2 22 2a a: 乙 and a end a run, so they are words of their own already.
    expect(lettersNotIn(text, indexedWords(indexText(text)))).toEqual(['甲', '2']);
  });

  it('makes every letter and digit of the text a word of the record', () => {
    const text = '况全，A1 甲';
    const words = new Set(record(text).content.split(' '));
    for (const c of ['况', '全', 'a', '1', '甲']) expect(words.has(c)).toBe(true);
  });
});

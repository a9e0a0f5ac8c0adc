// Confirming a candidate reads the record's text only: the letters listed once each after it (for
// one-character queries, see letterTokens) are not text, and a phrase never spans text and letters.
import { describe, expect, it } from 'vitest';
import { confirm } from '../../src/search/findReports.ts';
import { indexText, letterTokens } from '../../src/search/searchText.ts';

const record = (text: string) => ({
  url: '/reports/x/',
  content: `${indexText(text)} ${letterTokens(text).join(' ')}`,
  meta: { sections: JSON.stringify([[0, '', '']]), textLength: String(text.length) },
});

describe('confirm', () => {
  it('finds the words in the text', () => {
    expect(confirm(record('甲乙丙'), '乙丙')?.sections.map((s) => s.excerpt)).toEqual(['甲乙丙']);
  });

  it('does not read the letters after the text as text', () => {
    expect(confirm(record('甲乙丙'), '丙甲')).toBeNull();
  });

  it('lists each letter and digit once', () => {
    expect(letterTokens('甲乙，甲 2 2A')).toEqual(['甲', '乙', '2', 'a']);
  });
});

// An overlong paragraph is cut for the page at SHOWN_CHARACTERS, never in the middle of a character.
import { describe, expect, it } from 'vitest';
import { SHOWN_CHARACTERS, beginningOf, isLongText } from '../../src/lib/reportPage/longText.ts';

describe('overlong paragraphs', () => {
  it('are those longer than the characters the page shows', () => {
    expect(isLongText('字'.repeat(SHOWN_CHARACTERS))).toBe(false);
    expect(isLongText('字'.repeat(SHOWN_CHARACTERS + 1))).toBe(true);
  });

  it('are cut to their first SHOWN_CHARACTERS characters', () => {
    expect(beginningOf(`${'甲'.repeat(SHOWN_CHARACTERS)}乙`)).toBe('甲'.repeat(SHOWN_CHARACTERS));
  });

  it('are not cut through a character outside the Basic Multilingual Plane', () => {
    const text = `${'甲'.repeat(SHOWN_CHARACTERS - 1)}𠀀乙`; // 𠀀 is two UTF-16 units, the cut falls between them
    const cut = beginningOf(text);
    expect(cut).toBe('甲'.repeat(SHOWN_CHARACTERS - 1));
    expect(cut.isWellFormed()).toBe(true);
  });
});

// A candidate whose matched character pairs stand apart cannot hold the query and is left out
// before its record is downloaded.
import { describe, expect, it } from 'vitest';
import { canHold } from '../../src/search/findReports.ts';

const result = (words?: number[]) => ({ id: 'x', words, data: async () => ({ url: '', content: '', meta: {} }) });

describe('canHold', () => {
  it('keeps a report whose pairs stand one after another for the longest word', () => {
    expect(canHold(result([40, 7, 8, 9, 100]), '信访举报')).toBe(true);
    expect(canHold(result([3, 4, 5, 20]), '行政复议 2021')).toBe(true);
  });

  it('leaves out a report whose pairs are scattered', () => {
    expect(canHold(result([7, 30, 55]), '信访举报')).toBe(false);
    expect(canHold(result([7, 8, 55]), '信访举报')).toBe(false);
  });

  it('keeps every report for a one- or two-character query, and a result without positions', () => {
    expect(canHold(result([1, 50]), '复议')).toBe(true);
    expect(canHold(result([9]), '区')).toBe(true);
    expect(canHold(result(undefined), '信访举报')).toBe(true);
  });
});

// What is new this year, sentence by sentence: the diff of two small texts, and the report page's
// summary of it for 存在的主要问题及改进情况.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReportEntryData } from '../../../src/schema/report.ts';
import { sentenceDiff, splitSentences } from '../../../src/portal/similarity/sentenceDiff.ts';
import { problemsDiff } from '../../../src/lib/reportPage/problemsDiff.ts';
import { reportEntry } from '../../support/reportEntry.ts';

describe('splitSentences', () => {
  it('splits on 。 ； ; and line breaks, keeping the marks and dropping bold marks and empty pieces', () => {
    expect(splitSentences('**一是加强培训。**每季度一次；二是完善制度;\n三是督查\n。。')).toEqual([
      '一是加强培训。',
      '每季度一次；',
      '二是完善制度;',
      '三是督查',
    ]);
  });
});

describe('sentenceDiff', () => {
  it('keeps, adds and removes sentences in order, a removed one before the one replacing it', () => {
    const before = splitSentences('一是公开不全面。二是解读单一。下一步加强培训。');
    const after = splitSentences('一是公开不全面。二是回应不及时。下一步加强培训，完善制度。');
    expect(sentenceDiff(before, after)).toEqual([
      { kind: 'kept', text: '一是公开不全面。' },
      { kind: 'removed', text: '二是解读单一。' },
      { kind: 'removed', text: '下一步加强培训。' },
      { kind: 'added', text: '二是回应不及时。' },
      { kind: 'added', text: '下一步加强培训，完善制度。' },
    ]);
  });

  it('matches sentences regardless of punctuation, white space and width', () => {
    expect(sentenceDiff(['全年公开１２条。'], ['全年公开 12 条；'])).toEqual([{ kind: 'kept', text: '全年公开 12 条；' }]);
  });

  it('gives every sentence of both texts once, this year’s in order', () => {
    const sentences = fc.array(fc.constantFrom('甲。', '乙。', '丙。', '丁。', '戊。'), { maxLength: 12 });
    fc.assert(
      fc.property(sentences, sentences, (before, after) => {
        const items = sentenceDiff(before, after);
        expect(items.filter((i) => i.kind !== 'removed').map((i) => i.text)).toEqual(after);
        expect(items.filter((i) => i.kind !== 'added')).toHaveLength(before.length);
      }),
    );
  });
});

describe('problemsDiff', () => {
  const entry = (year: number, problems: string | null): ReportEntryData =>
    reportEntry(`r-${year}`, {
      year,
      sections: [
        { number: 1, key: 'overview', heading: '总体情况', line: 1, blocks: [{ type: 'paragraph', text: '总体良好。', line: 2 }] },
        ...(problems === null
          ? []
          : [
              {
                number: 5,
                key: 'problems' as const,
                heading: '存在的主要问题及改进情况',
                line: 3,
                blocks: [{ type: 'paragraph' as const, text: problems, line: 4 }],
              },
            ]),
      ],
    }).data;

  it('lists what was added and removed, and counts what was kept', () => {
    const diff = problemsDiff(
      entry(2022, '一是公开不全面。二是回应不及时。三是培训少。'),
      entry(2021, '一是公开不全面。二是解读单一。三是培训少。'),
    );
    expect(diff).toEqual({
      previousYear: 2021,
      previousAnchor: 's2',
      kind: 'changed',
      counts: { kept: 2, added: 1, removed: 1 },
      rows: [
        { kind: 'kept', count: 1 },
        { kind: 'removed', text: '二是解读单一。' },
        { kind: 'added', text: '二是回应不及时。' },
        { kind: 'kept', count: 1 },
      ],
    });
  });

  it('says a section is entirely new, or the same, without listing it', () => {
    expect(problemsDiff(entry(2022, '全新的问题。'), entry(2021, '旧的问题。'))).toMatchObject({ kind: 'new', rows: [] });
    expect(problemsDiff(entry(2022, '同样的问题。'), entry(2021, '同样的问题；'))).toMatchObject({
      kind: 'same',
      rows: [],
      counts: { kept: 1 },
    });
    expect(problemsDiff(entry(2022, '问题。'), entry(2021, null))).toMatchObject({ kind: 'absent', previousAnchor: null });
  });

  it('is null without a report of exactly the year before or a section this year', () => {
    expect(problemsDiff(entry(2022, '问题。'), null)).toBeNull();
    expect(problemsDiff(entry(2022, '问题。'), entry(2020, '问题。'))).toBeNull();
    expect(problemsDiff(entry(2022, null), entry(2021, '问题。'))).toBeNull();
  });
});

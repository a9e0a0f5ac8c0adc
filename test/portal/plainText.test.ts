// renderText skips the Markdown parser for plain text; whatever passes for plain must come out
// exactly as the parser would make it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPlainText, markdownHtml, renderText } from '../../src/lib/renderText.ts';
import { generateCorpus } from '../../scripts/bench/generator/corpus.ts';
import { readSources } from '../../scripts/bench/generator/sources.ts';
import { parseReport } from '../../src/parser/index.ts';

// Characters report text is made of, and every character Markdown gives a meaning to.
const ALPHABET = [...'政府信息公开年度报告一二三（）()【】《》“”：；，。、0123456789abcXYZ .-+=:/%@'];
const MARKS = [...'\\`*_[]<>!#|~&\n\t\u3000'];

describe('plain report text', () => {
  it('renders as the Markdown parser renders it, for any mix of characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET, ...MARKS), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        if (isPlainText(text)) expect(renderText(text)).toBe(markdownHtml(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('renders every plain paragraph of a generated corpus as the parser does, and most paragraphs are plain', () => {
    const corpus = generateCorpus({ reports: 150, seed: 'plain', sources: readSources() });
    let plain = 0;
    let all = 0;
    for (const { text } of corpus.reports) {
      const report = parseReport(text);
      for (const block of [...report.preamble, ...report.sections.flatMap((s) => s.blocks)]) {
        if (block.type !== 'paragraph') continue;
        all++;
        if (!isPlainText(block.text)) continue;
        plain++;
        expect(renderText(block.text)).toBe(markdownHtml(block.text));
      }
    }
    expect(plain / all).toBeGreaterThan(0.5);
  });

  it('leaves to the parser what only looks plain at first sight', () => {
    for (const text of [
      '1. 第一项',
      '- 列表',
      '+ 列表',
      '> 引用',
      ' 前有空格',
      '后有空格 ',
      '全角空格\u3000',
      '',
      'a & b',
      '甲\n乙',
      '**粗**',
      '[链接](http://x.cn)',
    ]) {
      expect(isPlainText(text), text).toBe(false);
    }
    expect(isPlainText('2021年全年公开政府信息611条（其中文件57件）。')).toBe(true);
  });
});

// pdfToText on PDFs made in the test: merged and multi-line cells, a table row split by a page break,
// spaced-out Chinese, running headers, page numbers and paragraphs wrapped over lines and pages.
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../../src/import/pdf/pdfToText.ts';
import { type Page, type PdfOptions, type Text, makePdf, rowBoxes } from './makePdf.ts';

async function textOf(pages: Page[], options?: PdfOptions): Promise<string> {
  const result = await pdfToText(await makePdf(pages, options));
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.text;
}

const at = (text: string, x: number, y: number, size = 10): Text => ({ text, x, y, size });

// Columns of a small table 3: label, second label, 自然人, 总计.
const EDGES = [60, 160, 360, 420, 480];

describe('pdfToText reads ruled tables', () => {
  it('lists a merged cell once, in the row it starts in, and joins a cell’s lines into one cell', async () => {
    const text = await textOf([
      {
        boxes: [
          { x: 60, y: 100, w: 300, h: 30 },
          { x: 360, y: 100, w: 120, h: 15 },
          ...rowBoxes([360, 420, 480], 115, 15),
          { x: 60, y: 130, w: 100, h: 60 },
          ...rowBoxes(EDGES.slice(1), 130, 20),
          ...rowBoxes(EDGES.slice(1), 150, 40),
        ],
        texts: [
          at('申请人情况', 390, 102),
          at('自然人', 365, 117),
          at('总计', 425, 117),
          at('三、本年度', 65, 140),
          at('办理结果', 65, 152),
          at('（一）予以公开', 165, 135),
          at('5', 380, 135),
          at('6', 440, 135),
          at('（二）部分公开（区分处理的，', 165, 155),
          at('只计这一情形，不计其他情形）', 165, 168),
          at('7', 380, 165),
        ],
      },
    ]);
    expect(text).toBe(
      [
        '申请人情况',
        '自然人\t总计',
        '三、本年度办理结果\t（一）予以公开\t5\t6',
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t7\t',
        '',
      ].join('\n'),
    );
  });

  it('closes up a spaced-out Chinese header, in a cell and in a line, but keeps the cells apart', async () => {
    const text = await textOf([
      {
        boxes: [...rowBoxes([60, 160, 260], 100, 20), ...rowBoxes([60, 160, 260], 120, 20)],
        texts: [
          // 结 果 维持: glyphs a character's width apart, as a justified header cell prints them.
          at('结', 65, 105),
          at('果', 85, 105),
          at('维持', 105, 105),
          at('总 计', 165, 105),
          at('3', 65, 125),
          at('4', 165, 125),
          at('结 果 维持 和 hello world', 60, 200, 12),
        ],
      },
    ]);
    expect(text).toBe('结果维持\t总计\n3\t4\n结果维持和 hello world\n');
  });

  it('reads a table without ruled lines from its gaps: figures a character apart are two cells, words in a sentence are not', async () => {
    const text = await textOf([
      {
        texts: [
          at('一、本年新收政府信息公开申请数量', 60, 100),
          at('21', 320, 100),
          at('0', 345, 100),
          at('21', 365, 100),
          at('全年受理政府信息公开申请', 60, 130),
          at('21', 183, 130),
          at('件。', 198, 130),
        ],
      },
    ]);
    expect(text).toBe('一、本年新收政府信息公开申请数量\t21\t0\t21\n全年受理政府信息公开申请 21 件。\n');
  });

  const splitTable = (belowLabel: string, belowCells: [string, string], aboveCells: [string, string]): Page[] => [
    {
      boxes: [...rowBoxes([60, 360, 420, 480], 700, 20), ...rowBoxes([60, 360, 420, 480], 720, 92)],
      texts: [
        at('（一）予以公开', 65, 705),
        at('5', 380, 705),
        at('6', 440, 705),
        at('（二）部分公开（区分处理的，', 65, 798),
        at(aboveCells[0], 380, 798),
        at(aboveCells[1], 440, 798),
        at('- 1 -', 280, 820),
      ],
    },
    {
      boxes: [...rowBoxes([60, 360, 420, 480], 40, 30), ...rowBoxes([60, 360, 420, 480], 70, 20)],
      texts: [
        at(belowLabel, 65, 45),
        at(belowCells[0], 380, 55),
        at(belowCells[1], 440, 55),
        at('（三）不予公开', 65, 75),
        at('1', 380, 75),
        at('0', 440, 75),
        at('- 2 -', 280, 820),
      ],
    },
  ];

  it('joins a table row split by a page break into one row', async () => {
    const text = await textOf(splitTable('只计这一情形）', ['4', '0'], ['', '']));
    expect(text).toBe('（一）予以公开\t5\t6\n（二）部分公开（区分处理的，只计这一情形）\t4\t0\n（三）不予公开\t1\t0\n');
  });

  it('joins a split row whose figures stand above the break', async () => {
    const text = await textOf(splitTable('只计这一情形）', ['', ''], ['4', '0']));
    expect(text).toContain('\n（二）部分公开（区分处理的，只计这一情形）\t4\t0\n');
  });

  it('writes a header row repeated on the next page once', async () => {
    const part = (label: string, figure: string, y: number): Page => ({
      boxes: [...rowBoxes([60, 200, 300], y, 20), ...rowBoxes([60, 200, 300], y + 20, 20)],
      texts: [at('信息内容', 65, y + 5), at('本年制发件数', 205, y + 5), at(label, 65, y + 25), at(figure, 205, y + 25)],
    });
    expect(await textOf([part('规章', '0', 760), part('行政规范性文件', '5', 40)])).toBe(
      '信息内容\t本年制发件数\n规章\t0\n行政规范性文件\t5\n',
    );
  });

  it('keeps two rows apart when the row after the break has figures of its own or a number', async () => {
    expect(await textOf(splitTable('行政规范性文件', ['0', '5'], ['4', '0']))).toContain(
      '\n（二）部分公开（区分处理的，\t4\t0\n行政规范性文件\t0\t5\n',
    );
    expect(await textOf(splitTable('（三）不予公开', ['0', '5'], ['', '']))).toContain(
      '\n（二）部分公开（区分处理的，\t\t\n（三）不予公开\t0\t5\n',
    );
  });
});

describe('pdfToText reads running text', () => {
  // A paragraph of 20 characters a line at 12 points from x = 60, its first line indented by two.
  const body =
    '本机关坚持以公开为常态不公开为例外全面推进政务公开工作依法保障人民群众知情权参与权表达权监督权，加强政府信息公开平台建设，及时准确发布政府信息。';
  const lines = [body.slice(0, 18), body.slice(18, 38), body.slice(38, 58), body.slice(58)];

  it('drops running headers and page numbers, and joins a paragraph wrapped over lines and pages', async () => {
    const page = (number: string, texts: Text[]): Page => ({
      texts: [at('某县人民政府办公室', 240, 30, 9), ...texts, at(number, 280, 810, 9)],
    });
    const text = await textOf([
      page('- 1 -', [
        at('某县2023年政府信息公开工作年度报告', 100, 100, 16),
        at('一、总体情况', 84, 150, 12),
        at(lines[0] as string, 84, 180, 12),
      ]),
      page('第 2 页', [at(lines[1] as string, 60, 80, 12), at(lines[2] as string, 60, 98, 12), at(lines[3] as string, 60, 116, 12)]),
      page('3/3', [at('二、主动公开政府信息情况', 84, 80, 12), at('2', 84, 100, 12)]),
    ]);
    expect(text).toBe(`某县2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n二、主动公开政府信息情况\n2\n`);
  });

  it('keeps a header line that stands on one page only', async () => {
    const text = await textOf([{ texts: [at('附件', 60, 30, 12), at('正文', 60, 100, 12)] }, { texts: [at('正文二', 60, 100, 12)] }]);
    expect(text).toBe('附件\n正文\n正文二\n');
  });

  it('gives the Title metadata, and none when the PDF has none', async () => {
    const withTitle = await pdfToText(await makePdf([{ texts: [at('正文', 60, 100)] }], { title: 'Microsoft Word - 某县2023年报告.docx' }));
    expect(withTitle.ok && withTitle.metadata).toEqual({ title: '某县2023年报告' });
    const without = await pdfToText(await makePdf([{ texts: [at('正文', 60, 100)] }]));
    expect(without.ok && without.metadata).toEqual({});
  });
});

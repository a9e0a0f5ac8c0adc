// Word files through mammoth and the HTML path, written in the test with the docx package.
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../src/import/docx/docxToText.ts';
import { reportDocx } from '../support/reportDocx.ts';

describe('a .docx report', () => {
  it('gives its headings and paragraphs one a line, and its table’s merged cells resolved as rows', async () => {
    const bytes = await reportDocx([
      { heading: '某县人民政府2021年政府信息公开工作年度报告' },
      { heading: '三、收到和处理政府信息公开申请情况' },
      { paragraph: '全年共收到政府信息公开申请2件。' },
      {
        table: [
          [
            { text: '申请人情况', columns: 2 },
            { text: '自然人', rows: 2 },
            { text: '法人或其他组织', columns: 2 },
            { text: '总计', rows: 2 },
          ],
          [{ text: '', columns: 2 }, '商业企业', '其他'],
          [{ text: '三、本年度办理结果', rows: 2 }, '（一）予以公开', '1', '0', '0', '1'],
          ['（二）部分公开', '1', '0', '0', '1'],
        ],
      },
      { paragraph: '某县人民政府' },
    ]);
    expect(await docxToText(bytes)).toEqual({
      ok: true,
      text: [
        '某县人民政府2021年政府信息公开工作年度报告',
        '三、收到和处理政府信息公开申请情况',
        '全年共收到政府信息公开申请2件。',
        '申请人情况\t自然人\t法人或其他组织\t总计',
        '\t\t商业企业\t其他\t',
        '三、本年度办理结果\t（一）予以公开\t1\t0\t0\t1',
        '\t（二）部分公开\t1\t0\t0\t1',
        '某县人民政府',
        '',
      ].join('\n'),
      metadata: {},
    });
  });

  it('says a damaged file is damaged, and a file with no text has none', async () => {
    const bytes = await reportDocx([{ paragraph: '某县人民政府2021年政府信息公开工作年度报告' }]);
    expect(await docxToText(bytes.subarray(0, bytes.length >> 1))).toMatchObject({ ok: false, code: 'import.damaged' });
    expect(await docxToText(await reportDocx([]))).toMatchObject({
      ok: false,
      code: 'import.noText',
      message: expect.stringContaining('Word 文件中没有文字'),
    });
  });
});

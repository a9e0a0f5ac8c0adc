// Report files come as UTF-8 (with or without a BOM) or as GB18030/GBK from older Windows tools.
// Node has no GBK encoder, so the GBK bytes below are written out; they were produced with
// python3 -c "print('…'.encode('gbk').hex())".
import { describe, it, expect } from 'vitest';
import { decodeReport, parseReport } from '../../src/parser/index.ts';

const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// 政府信息公开 in GBK.
const GBK_PHRASE = hex('d5feb8aed0c5cfa2b9abbfaa');
// "某局2021年政府信息公开工作年度报告\n一、总体情况\n" in GBK.
const GBK_REPORT = hex('c4b3bed632303231c4ead5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e60ad2bba1a2d7dccce5c7e9bff60a');

describe('decodeReport', () => {
  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('政府信息公开')]);
    expect(decodeReport(bytes)).toEqual({ text: '政府信息公开', encoding: 'utf-8' });
  });

  it('decodes UTF-8 without a BOM', () => {
    expect(decodeReport(utf8('政府信息公开 2021年'))).toEqual({ text: '政府信息公开 2021年', encoding: 'utf-8' });
  });

  it('decodes GBK bytes, which are not valid UTF-8, as GB18030', () => {
    expect(decodeReport(GBK_PHRASE)).toEqual({ text: '政府信息公开', encoding: 'gb18030' });
  });

  it('decodes a four-byte GB18030 character outside GBK', () => {
    // 𠀀 (U+20000) in GB18030, after 公开 in GBK.
    expect(decodeReport(hex('b9abbfaa95328236'))).toEqual({ text: '公开𠀀', encoding: 'gb18030' });
  });

  it('decodes an empty file as empty UTF-8 text', () => {
    expect(decodeReport(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('gives text from which parseReport reads the title of a GBK report', () => {
    const { text, encoding } = decodeReport(GBK_REPORT);
    expect(encoding).toBe('gb18030');
    const report = parseReport(text);
    expect(report.title).toBe('某局2021年政府信息公开工作年度报告');
    expect(report.agency).toBe('某局');
    expect(report.year).toBe(2021);
    expect(report.sections.map((s) => s.heading)).toEqual(['总体情况']);
  });
});

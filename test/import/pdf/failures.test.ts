// Bad input gives one failure value with a Chinese message saying what to do, never a throw: empty,
// not a PDF, truncated or damaged, encrypted, scanned (no text layer); and mutated bytes of a real and
// a made PDF always resolve (Vitest fails the run on any unhandled rejection pdf.js would leave, too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Conversion } from '../../../src/import/conversion.ts';
import { pdfToText } from '../../../src/import/pdf/pdfToText.ts';
import { makePdf, rowBoxes } from './makePdf.ts';

const real = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/originals/001_jiangsu-huaian-hongze-2023.pdf')));
const encode = (s: string) => new TextEncoder().encode(s);

const failureOf = async (bytes: Uint8Array): Promise<{ code: string; message: string }> => {
  const result = await pdfToText(bytes);
  if (result.ok) throw new Error(`read as text: ${result.text.slice(0, 80)}`);
  return result;
};

describe('pdfToText fails with a clear message', () => {
  it('on an empty file and on a file that is no PDF', async () => {
    expect(await failureOf(new Uint8Array())).toMatchObject({ code: 'import.pdfDamaged', message: expect.stringContaining('空的') });
    expect(await failureOf(encode('某县2023年政府信息公开工作年度报告\n一、总体情况\n'))).toMatchObject({
      code: 'import.pdfDamaged',
      message: expect.stringContaining('不是 PDF'),
    });
  });

  it('on a truncated file and on a damaged one', async () => {
    expect(await failureOf(real.subarray(0, real.length >> 1))).toMatchObject({
      code: 'import.pdfDamaged',
      message: expect.stringContaining('不完整'),
    });
    expect(await failureOf(encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'))).toMatchObject({
      code: 'import.pdfDamaged',
      message: expect.stringContaining('损坏'),
    });
  });

  it('on a PDF with a scanned page among pages of text, naming the page; a seal’s image is no scan', async () => {
    const text = { text: '一、总体情况', x: 60, y: 100 };
    const bytes = await makePdf([
      { texts: [text] },
      { images: [{ x: 0, y: 0, w: 595, h: 842 }], texts: [{ text: '- 2 -', x: 280, y: 810 }] },
      { texts: [text], images: [{ x: 400, y: 600, w: 120, h: 120 }] },
    ]);
    expect(await failureOf(bytes)).toEqual({
      ok: false,
      code: 'import.pdfScanned',
      message: '这个 PDF 的第 2 页是图片（可能是扫描件），没有文字层，无法读取其中的文字。请提供可复制文字的 PDF，或另附 .txt 文本。',
    });
    const sealed = await pdfToText(await makePdf([{ texts: [text] }, { texts: [text], images: [{ x: 400, y: 600, w: 120, h: 120 }] }]));
    expect(sealed).toMatchObject({ ok: true, text: '一、总体情况\n一、总体情况\n' });
  });

  it('on a file whose page tree points at objects that are gone, where pdf.js leaves promises rejected unhandled', async () => {
    // Found by the property below: a slice of the real PDF moved elsewhere.
    const [from, to, at] = [129375, 278382, 131366];
    const rest = new Uint8Array([...real.subarray(0, from), ...real.subarray(to)]);
    const moved = new Uint8Array([...rest.subarray(0, at), ...real.subarray(from, to), ...rest.subarray(at)]);
    expect(await failureOf(moved)).toMatchObject({ code: 'import.pdfDamaged', message: expect.stringContaining('损坏') });
  });

  it('on a PDF that needs a password to open', async () => {
    const bytes = await makePdf([{ texts: [{ text: '正文', x: 60, y: 100 }] }], { userPassword: 'secret' });
    expect(await failureOf(bytes)).toMatchObject({ code: 'import.pdfEncrypted', message: expect.stringContaining('密码') });
  });

  it('on a PDF without a text layer, as a scan is', async () => {
    // Ruled boxes, and page numbers as text, as a scanner's software may add them.
    const bytes = await makePdf([
      { boxes: rowBoxes([60, 200, 300], 100, 20), texts: [{ text: '- 1 -', x: 280, y: 810 }] },
      { boxes: [{ x: 60, y: 60, w: 400, h: 600 }], texts: [{ text: '- 2 -', x: 280, y: 810 }] },
    ]);
    expect(await failureOf(bytes)).toEqual({
      ok: false,
      code: 'import.pdfScanned',
      message: '这个 PDF 没有文字层（可能是扫描件），无法读取文字。请提供可复制文字的 PDF，或另附 .txt 文本。',
    });
  });
});

describe('pdfToText in its worker thread', () => {
  it('answers PDFs given at once each with its own result', async () => {
    const results = await Promise.all([
      pdfToText(real),
      pdfToText(new Uint8Array()),
      pdfToText(encode('%PDF-1.7\n%%EOF\n')),
      pdfToText(real),
    ]);
    expect(results.map((r) => (r.ok ? r.metadata.title : r.code))).toEqual([
      '洪泽区人民政府2023年政府信息公开工作年度报告',
      'import.pdfDamaged',
      'import.pdfDamaged',
      '洪泽区人民政府2023年政府信息公开工作年度报告',
    ]);
  });
});

// ---- mutated bytes never throw --------------------------------------------------------------

type Mutation =
  | { kind: 'truncate'; at: number; marker: boolean }
  | { kind: 'flip'; at: number; mask: number }[]
  | { kind: 'splice'; from: number; to: number; at: number };

// Positions as a share of the file's length, drawn evenly (fast-check's doubles favour 0 and 1).
const share = (from: number, to: number) => fc.integer({ min: from * 1e4, max: to * 1e4 }).map((n) => n / 1e4);
const anywhere = share(0, 1);
// Where the file's structure is: its header, and its cross-reference table and trailer at the end.
const structure = fc.oneof(share(0, 0.02), share(0.97, 1));
const mutation = fc.oneof(
  // Cut short, and perhaps given back an end-of-file marker, as a tool that "repairs" a download does.
  fc.record({ kind: fc.constant('truncate' as const), at: anywhere, marker: fc.boolean() }),
  fc.array(fc.record({ kind: fc.constant('flip' as const), at: fc.oneof(anywhere, structure), mask: fc.integer({ min: 1, max: 255 }) }), {
    minLength: 1,
    maxLength: 20,
  }),
  fc.record({ kind: fc.constant('splice' as const), from: anywhere, to: anywhere, at: anywhere }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const index = (p: number) => Math.min(bytes.length, Math.floor(p * bytes.length));
  if (Array.isArray(m)) {
    const out = new Uint8Array(bytes);
    for (const f of m) {
      const i = Math.min(out.length - 1, index(f.at));
      out[i] = (out[i] as number) ^ f.mask;
    }
    return out;
  }
  if (m.kind === 'truncate') {
    const cut = bytes.subarray(0, index(m.at));
    return m.marker ? new Uint8Array([...cut, ...new TextEncoder().encode('\n%%EOF\n')]) : cut;
  }
  // A slice moved elsewhere: deleted from its place and put back at another, as a bad copy does.
  const [from, to] = [index(Math.min(m.from, m.to)), index(Math.max(m.from, m.to))];
  const rest = new Uint8Array([...bytes.subarray(0, from), ...bytes.subarray(to)]);
  const at = Math.min(rest.length, index(m.at));
  return new Uint8Array([...rest.subarray(0, at), ...bytes.subarray(from, to), ...rest.subarray(at)]);
}

const CODES = ['import.pdfDamaged', 'import.pdfEncrypted', 'import.pdfScanned'];

function wellFormed(result: Conversion): void {
  if (result.ok) {
    expect(typeof result.text).toBe('string');
    expect(typeof result.metadata).toBe('object');
  } else {
    expect(CODES).toContain(result.code);
    expect(result.message).toMatch(/\p{Script=Han}.*。$/u);
  }
}

describe('pdfToText never throws', () => {
  let made: Uint8Array;
  beforeAll(async () => {
    made = await makePdf(
      [
        {
          boxes: [...rowBoxes([60, 160, 260], 100, 20), ...rowBoxes([60, 160, 260], 120, 20)],
          texts: [
            { text: '结 果 维持', x: 65, y: 105, size: 10 },
            { text: '3', x: 165, y: 125, size: 10 },
            { text: '- 1 -', x: 280, y: 810, size: 9 },
          ],
        },
      ],
      { title: '某县2023年政府信息公开工作年度报告' },
    );
  });

  it('on a made PDF truncated, with bytes flipped, or with a slice moved', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        wellFormed(await pdfToText(mutate(made, m)));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('on the real PDF truncated, with bytes flipped, or with a slice moved', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        wellFormed(await pdfToText(mutate(real, m)));
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});

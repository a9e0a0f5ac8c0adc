// Mutated web pages and Word files never make the converters throw: each gives text or one error.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertOriginal } from '../../src/import/convertOriginal.ts';
import { reportDocx } from '../support/reportDocx.ts';

const PAGE = readFileSync(join(import.meta.dirname, '../fixtures/originals/009_fujian-pingtan-zonghe-2022.html'));
// The article and its tables, not the whole page: mutations then land where the work is.
const ARTICLE = PAGE.subarray(PAGE.indexOf('<div class=TRS_Editor>') - 2000, PAGE.indexOf('<div class=TRS_Editor>') + 60_000);

type Mutation = { kind: 'flip' | 'cut' | 'insert' | 'delete'; at: number; byte: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('flip', 'cut', 'insert', 'delete'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  byte: fc.integer({ min: 0, max: 255 }),
  length: fc.integer({ min: 1, max: 400 }),
});

const SNIPPETS = ['<table>', '</td>', '<td rowspan="9999">', '<tr>', '<td colspan="-3">', '</div>', '<br>', '<!--', '<script>', '\u0000'];

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const m of mutations) {
    const at = Math.floor(m.at * b.length);
    if (m.kind === 'flip') b[at] = m.byte;
    else if (m.kind === 'cut') b = b.subarray(0, at);
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    else b = Buffer.concat([b.subarray(0, at), Buffer.from(SNIPPETS[m.byte % SNIPPETS.length] as string), b.subarray(at)]);
  }
  return b;
}

const wellFormed = (r: Awaited<ReturnType<typeof convertOriginal>>) =>
  r.ok ? r.format === 'text' || typeof r.text === 'string' : /^import\.\w+$/.test(r.code) && r.message.length > 0;

describe('converters on mutated originals', () => {
  it('never throw on a mutated web page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), async (mutations) => {
        const r = await convertOriginal(mutate(ARTICLE, mutations), 'page.html', null);
        expect(wellFormed(r)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('never throw on a mutated Word file', async () => {
    const docx = await reportDocx([
      { heading: '某县人民政府2021年政府信息公开工作年度报告' },
      { paragraph: '一、总体情况' },
      {
        table: [
          [{ text: '申请人情况', columns: 2 }, '总计'],
          [{ text: '一、本年新收', rows: 2 }, '（一）', '1'],
          ['（二）', '2'],
        ],
      },
    ]);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const r = await convertOriginal(mutate(docx, mutations), 'report.docx', null);
        expect(wellFormed(r)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('never throw on arbitrary bytes under any report name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('a.txt', 'a.html', 'a.htm', 'a.docx', 'a.doc', 'a.pdf', 'a'),
        async (bytes, name) => {
          expect(wellFormed(await convertOriginal(bytes, name, null))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

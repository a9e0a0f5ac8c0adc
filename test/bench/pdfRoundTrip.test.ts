// The PDF versions of reports that `npm run bench:pdf -- --build` makes: tables come back from
// pdfToText with the cells of the text they were laid out from, and a changed cell is reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/import/pdf/pdfToText.ts';
import { parseReport } from '../../src/parser/index.ts';
import { reportBlocks } from '../../scripts/bench/pdf/reportBlocks.ts';
import { reportPdf } from '../../scripts/bench/pdf/reportPdf.ts';
import { cellDifferences, tableCells } from '../../scripts/bench/pdf/tableCells.ts';

const BUNDLED = join(import.meta.dirname, '../../content/reports/ningxia/wuzhong/litong-2022.txt');

describe('reportBlocks', () => {
  it('makes one paragraph per line and one table per run of tab lines, empty cells kept', () => {
    expect(reportBlocks('标题\n\n一、总体情况\na\tb\t\n\tc\t1\n\nd\t2\n')).toEqual([
      { kind: 'paragraph', text: '标题' },
      { kind: 'paragraph', text: '一、总体情况' },
      {
        kind: 'table',
        rows: [
          ['a', 'b', ''],
          ['', 'c', '1'],
        ],
      },
      { kind: 'table', rows: [['d', '2']] },
    ]);
  });
});

describe('a bundled report laid out as a PDF and read back', () => {
  it('gives the table cells of its text', async () => {
    const text = readFileSync(BUNDLED, 'utf8');
    const converted = await pdfToText(await reportPdf(text));
    if (!converted.ok) throw new Error(`${converted.code}: ${converted.message}`);
    const fromText = tableCells(parseReport(text));
    expect(fromText.size).toBe(200);
    expect(cellDifferences(fromText, tableCells(parseReport(converted.text)))).toEqual([]);
  }, 60_000);

  it('reports a changed, a lost and a new cell', () => {
    const before = new Map<string, number | null>([
      ['applications.total.total', 11],
      ['proactive.rules.issued', 0],
    ]);
    const after = new Map<string, number | null>([
      ['applications.total.total', 1],
      ['proactive.rules.abolished', null],
    ]);
    expect(cellDifferences(before, after)).toEqual([
      { path: 'applications.total.total', text: 11, pdf: 1 },
      { path: 'proactive.rules.abolished', text: undefined, pdf: null },
      { path: 'proactive.rules.issued', text: 0, pdf: undefined },
    ]);
  });
});

// The tokenizer reads text character by character for speed. These properties pin it to the
// definitions it was first written in: grid cells as gridCells() + cellValue() cut and read them
// (the legacy table reader still uses those on whole lines), cells as the cell grammar's regular
// expressions read them, running text as the number and unit patterns read it.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
// Parser internals, not its public face (src/parser/index.ts): this test pins the tokenizer itself, which
// only the parser uses (test/parser/boundary.test.ts allows internal imports in test/parser/ alone).
import { SourceText } from '../../src/parser/sourceText.ts';
import { cellValue, gridCells, isGridLine, readRecords, tokenize } from '../../src/parser/tokens.ts';
import { buildRecords } from '../../src/parser/records.ts';
import { toHalfWidth } from '../../src/parser/text.ts';

const PIECES = [
  '\t',
  '|',
  ' ',
  '  ',
  '　',
  '0',
  '7',
  '12',
  '007',
  '1234567890123456',
  '-',
  '---',
  '/',
  '—',
  '－',
  '−',
  '·',
  '…',
  '_',
  '\\',
  '．',
  '3.5',
  '1,234',
  '９',
  '件',
  '万',
  '人次',
  '家',
  '人',
  '1.属于',
  '总计',
  '（一）予以公开',
  '其他',
  'x',
];

const gridLine = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(''))
  // Blank lines are skipped before cells are cut, and markdown rules (---) are not rows.
  .filter((line) => isGridLine(line) && line.trim() !== '' && !/--/.test(line));

/** The row a grid line makes, from gridCells() and cellValue(): labels joined, data after the last label. */
function expectedRow(line: string) {
  const cells = gridCells(line).map((cell) => ({ cell, value: cellValue(cell) }));
  const lastText = cells.findLastIndex((c) => c.value === null);
  return {
    label: cells
      .filter((c) => c.value === null)
      .map((c) => c.cell.trim())
      .join(' '),
    data: cells.slice(lastText + 1).map((c) => (c.value === 'blank' ? null : c.value)),
  };
}

function tokenizedRows(line: string) {
  return tokenize(new SourceText(line), line, 0, line.length, { absorbUnits: true }).map((p) =>
    p.kind === 'gridRow' ? { label: p.label, data: p.chunks } : { other: p },
  );
}

// cellValue as first written, with regexes only: the definition its character-level shortcuts must keep.
const UNIT = '(?:人次|万元|条|件|个|次|项|万|元|篇|家|%|％)';
function referenceCellValue(cell: string): number | 'blank' | null {
  if (cell === '') return 'blank';
  if (/^\s*\d{1,15}\s*$/.test(cell)) return Number(cell);
  const t = toHalfWidth(cell).trim().replace(/−/g, '-');
  if (/^[\s\-—–/\\~～_.·…]*$/.test(t)) return 'blank';
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  const m = new RegExp(`^([-+]?)(\\d{1,15}(?:\\.\\d{1,6})?)\\s*${UNIT}?$`).exec(t.replace(/(\d)\s+(?=[^\d\s])/, '$1'));
  if (m) return Number(`${m[1] === '-' ? '-' : ''}${m[2]}`);
  return null;
}

describe('a grid cell', () => {
  it('is read as the regular expressions of the cell grammar read it', () => {
    const cell = fc
      .array(fc.constantFrom(...PIECES.filter((p) => p !== '\t' && p !== '|'), '+', ',', '%', '(', '１'), { maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(cell, (c) => {
        expect(cellValue(c)).toEqual(referenceCellValue(c));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a grid line', () => {
  it('is cut into the cells gridCells gives, each read as cellValue reads it', () => {
    fc.assert(
      fc.property(gridLine, (line) => {
        expect(tokenizedRows(line)).toEqual([expectedRow(line)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a blank cell at each end of a tab-separated line', () => {
    expect(tokenizedRows('\t5\t')).toEqual([{ label: '', data: [null, 5, null] }]);
  });
});

// Running text as first tokenized, with the number and unit patterns: the definition of plain mode.
function referencePlainPieces(s: string): { text?: string; raw?: string; end: number }[] {
  const out: { text?: string; raw?: string; end: number }[] = [];
  const number = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
  const unitAfter = new RegExp(`\\s?${UNIT}`, 'y');
  let textStart = 0;
  const pushText = (from: number, to: number) => {
    const t = s.slice(from, to);
    if (t.trim() !== '') out.push({ text: t, end: to });
  };
  for (let m = number.exec(s); m !== null; m = number.exec(s)) {
    let run = m[0];
    let runEnd = m.index + run.length;
    const next = s[runEnd];
    const afterNext = s[runEnd + 1];
    const decimal = run.includes('.') || run.includes('．');
    if ((next === '.' || next === '．' || next === '、') && afterNext !== undefined && !/[0-9０-９\s]/.test(afterNext) && !decimal) {
      if (run.length === 1) continue;
      run = run.slice(0, -1);
      runEnd -= 1;
    }
    let runStart = m.index;
    const prev = s[runStart - 1];
    if ((prev === '-' || prev === '－') && (runStart - 1 === 0 || /\s/.test(s[runStart - 2] ?? ' '))) {
      runStart -= 1;
      run = `-${run}`;
    }
    pushText(textStart, runStart);
    textStart = runEnd;
    unitAfter.lastIndex = runEnd;
    const unit = unitAfter.exec(s);
    if (unit) textStart = runEnd + unit[0].length;
    out.push({ raw: toHalfWidth(run), end: textStart });
    number.lastIndex = Math.max(runEnd, textStart);
  }
  pushText(textStart, s.length);
  return out;
}

const PLAIN = [
  '0',
  '1',
  '7',
  '12',
  '０',
  '３',
  '.',
  '．',
  '、',
  '-',
  '－',
  ' ',
  '　',
  '人',
  '人次',
  '万',
  '万元',
  '元',
  '件',
  '%',
  '％',
  '项',
  '家',
  '其他',
  '1.属于国家秘密',
  '（二）',
  'x',
];

describe('running text', () => {
  it('is cut into label text and runs of digits as the number and unit patterns cut it', () => {
    const plainLine = fc
      .array(fc.constantFrom(...PLAIN), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.join(''))
      .filter((line) => line.trim() !== '' && !isGridLine(line));
    fc.assert(
      fc.property(plainLine, (line) => {
        const pieces = tokenize(new SourceText(line), line, 0, line.length, { absorbUnits: true }).map((p) =>
          p.kind === 'text' ? { text: p.text, end: p.end } : p.kind === 'num' ? { raw: p.raw, end: p.end } : { other: p },
        );
        expect(pieces).toEqual(referencePlainPieces(line));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a stretch of table text', () => {
  it('makes the same records read straight from the text as grouped from its pieces', () => {
    const stretch = fc
      .array(fc.constantFrom(...PLAIN, ...PIECES, '\n', '\n', '| 1 | 2 |', '\t3\t4'), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(stretch, fc.boolean(), (text, absorbUnits) => {
        const src = new SourceText(text);
        expect(readRecords(src, src.flat, 0, src.flat.length, { absorbUnits })).toEqual(
          buildRecords(tokenize(src, src.flat, 0, src.flat.length, { absorbUnits })),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

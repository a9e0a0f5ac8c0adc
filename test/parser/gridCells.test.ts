// The tokenizer reads grid cells in place for speed; it must cut and read them exactly as
// gridCells() and cellValue() do, which the legacy table reader still uses on whole lines.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { SourceText } from '../../src/parser/sourceText.ts';
import { cellValue, gridCells, isGridLine, tokenize } from '../../src/parser/tokens.ts';
import { toHalfWidth } from '../../src/parser/text.ts';

const PIECES = ['\t', '|', ' ', '  ', '　', '0', '7', '12', '007', '1234567890123456', '-', '---', '/', '—', '－', '−', '·', '…', '_', '\\', '．', '3.5', '1,234', '９', '件', '万', '总计', '（一）予以公开', '其他', 'x'];

const gridLine = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(''))
  // Blank lines are skipped before cells are cut, and markdown rules (---) are not rows.
  .filter((line) => isGridLine(line) && line.trim() !== '' && !/--/.test(line));

function expectedPieces(line: string) {
  return gridCells(line).map((cell) => {
    const v = cellValue(cell);
    return v === null ? { text: cell.trim() } : { value: v === 'blank' ? null : v };
  });
}

function tokenizedPieces(line: string) {
  return tokenize(new SourceText(line), line, 0, line.length, { absorbUnits: true })
    .filter((p) => p.kind !== 'eol')
    .map((p) => (p.kind === 'text' ? { text: p.text } : p.kind === 'cell' ? { value: p.value } : { other: p }));
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
    const cell = fc.array(fc.constantFrom(...PIECES.filter((p) => p !== '\t' && p !== '|'), '+', ',', '%', '(', '１'), { maxLength: 6 }).map((parts) => parts.join(''));
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
        expect(tokenizedPieces(line)).toEqual(expectedPieces(line));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a blank cell at each end of a tab-separated line', () => {
    expect(tokenizedPieces('\t5\t')).toEqual([{ value: null }, { value: 5 }, { value: null }]);
  });
});

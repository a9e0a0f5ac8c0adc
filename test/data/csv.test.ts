// CSV that Excel and other tools read back as written: quoting, empty for unknown, BOM, CRLF.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvDocument, csvField, parseCsv, parseCsvObjects } from '../../src/data/csv.ts';

describe('csvField', () => {
  it('writes null and undefined as an empty field, never as 0', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('quotes a field that holds a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('危及“三安全一稳定”')).toBe('危及“三安全一稳定”');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes numbers in plain decimals: negatives, money and large counts', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.35)).toBe('12.35');
    expect(csvField(1e21)).toBe('1000000000000000000000');
    expect(csvField(1e-7)).toBe('0.0000001');
  });
});

describe('csvDocument', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const text = csvDocument(['a', 'b'], [[1, null]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}a,b\r\n1,\r\n`);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('parseCsv', () => {
  it('reads back any fields csvDocument wrote, whatever characters they hold', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '1', '“') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (rows) => {
        expect(parseCsv(csvDocument(['x', 'y'], rows))).toEqual([['x', 'y'], ...rows]);
      }),
    );
  });

  it('accepts LF line ends and a last line without one', () => {
    expect(parseCsv('a,b\n1,"2,3"')).toEqual([
      ['a', 'b'],
      ['1', '2,3'],
    ]);
  });

  it('rejects a file that ends inside quotes', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/quoted/);
  });

  it('keys records by the header', () => {
    expect(parseCsvObjects(`${BOM}id,value\r\nx,\r\n`)).toEqual([{ id: 'x', value: '' }]);
  });
});

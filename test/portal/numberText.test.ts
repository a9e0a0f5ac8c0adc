// Pages write counts and sizes through one formatter (numberText) instead of toLocaleString('zh-CN')
// per number: the text must be the same for every number.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberText } from '../../src/lib/displayText.ts';
import { byteSize } from '../../src/lib/reportPage/bytes.ts';
import { describeParts } from '../../src/lib/reportPage/chartData.ts';

describe('numberText', () => {
  it('writes any number as toLocaleString("zh-CN") does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.nat({ max: 1e9 })),
        (n) => numberText(n) === n.toLocaleString('zh-CN'),
      ),
    );
  });

  it('is what a file size and a chart description show', () => {
    expect(byteSize(1234567)).toBe('1,234,567 字节（1.2 MB）');
    expect(
      describeParts(
        [
          { label: '予以公开', value: 12345 },
          { label: '不予公开', value: null },
        ],
        '件',
      ),
    ).toBe('予以公开 12,345 件；不予公开：未知，未画入');
  });
});

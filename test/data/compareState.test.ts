// The compare view's address: what is chosen can be read back from it, so a view can be sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMN, DEFAULT_MEASURE, MEASURE_KEYS, compareQuery, parseCompareQuery } from '../../src/data/compareState.ts';

const COLUMNS = ['naturalPerson', 'total'];

describe('parseCompareQuery', () => {
  it('reads comma-separated report ids, the table 3 column and the chart measure', () => {
    expect(parseCompareQuery('?r=ningxia/a-2021,ningxia/b-2022&col=naturalPerson&m=disclosure', COLUMNS)).toEqual({
      ids: ['ningxia/a-2021', 'ningxia/b-2022'],
      column: 'naturalPerson',
      measure: 'disclosure',
    });
  });

  it('accepts repeated r (as a plain form sends it) and drops repeats', () => {
    expect(parseCompareQuery('?r=a&r=b%2Fc&r=a', COLUMNS).ids).toEqual(['a', 'b/c']);
  });

  it('splits encoded commas unless the whole value is a known id', () => {
    expect(parseCompareQuery('?r=a%2Cb', COLUMNS, new Set(['a', 'b'])).ids).toEqual(['a', 'b']);
    expect(parseCompareQuery('?r=a%2Cb', COLUMNS, new Set(['a,b'])).ids).toEqual(['a,b']);
  });

  it('falls back to the defaults for an unknown column or measure, and for an empty address', () => {
    expect(parseCompareQuery('?col=salary&m=happiness', COLUMNS)).toEqual({ ids: [], column: DEFAULT_COLUMN, measure: DEFAULT_MEASURE });
    expect(parseCompareQuery('', COLUMNS)).toEqual({ ids: [], column: DEFAULT_COLUMN, measure: DEFAULT_MEASURE });
  });
});

describe('compareQuery', () => {
  it('writes ids with readable slashes and leaves defaults out', () => {
    expect(compareQuery({ ids: ['ningxia/a-2021', 'ningxia/b-2022'], column: DEFAULT_COLUMN, measure: DEFAULT_MEASURE })).toBe(
      '?r=ningxia/a-2021,ningxia/b-2022',
    );
    expect(compareQuery({ ids: [], column: DEFAULT_COLUMN, measure: DEFAULT_MEASURE })).toBe('');
  });

  it('is read back by parseCompareQuery to the same state, whatever the ids hold', () => {
    const id = fc
      .string({ unit: fc.constantFrom('a', '中', '/', ',', '&', '=', '%', '+', ' ', '-', '?', '#'), minLength: 1 })
      .filter((s) => s.trim() === s);
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 4 }),
        fc.constantFrom(...COLUMNS),
        fc.constantFrom(...MEASURE_KEYS),
        (ids, column, measure) => {
          const state = { ids, column, measure };
          expect(parseCompareQuery(compareQuery(state), COLUMNS, new Set(ids))).toEqual(state);
        },
      ),
    );
  });
});

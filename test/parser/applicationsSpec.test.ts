// Table 3's row objects are written out field by field for speed; they must still follow the spec's columns.
import { describe, it, expect } from 'vitest';
// An internal import: applicationRow is how the parser builds a row, not part of its public face.
import { APPLICATION_COLUMNS, applicationRow } from '../../src/parser/tables/applicationsSpec.ts';

describe('a table-3 row', () => {
  it('has the seven columns of the spec, in their order', () => {
    expect(Object.keys(applicationRow([]))).toEqual([...APPLICATION_COLUMNS]);
  });

  it('puts each cell under its column and leaves missing cells unknown', () => {
    const row = applicationRow([1, 2, null, 4]);
    expect(APPLICATION_COLUMNS.map((c) => row[c])).toEqual([1, 2, null, 4, null, null, null]);
  });
});

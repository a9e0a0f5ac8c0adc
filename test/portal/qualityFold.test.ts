// The quality table's fold: what needs a look first, the fully passed reports apart, orders kept.
import { describe, expect, it } from 'vitest';
import type { QualityRow } from '../../src/portal/quality.ts';
import { foldPassed, needsLook } from '../../src/portal/qualityFold.ts';

const row = (id: string, counts: Partial<Pick<QualityRow, 'pass' | 'fail' | 'uncheckable' | 'unknownCells'>>): QualityRow =>
  ({
    report: { id },
    pass: 0,
    fail: 0,
    uncheckable: 0,
    unknownCells: 0,
    failing: [],
    crossYearFailing: [],
    ...counts,
  }) as unknown as QualityRow;

describe('foldPassed', () => {
  it('keeps failed, uncheckable, lost-cell and unchecked reports open, folds the rest, each in the given order', () => {
    const rows = [
      row('clean-1', { pass: 40 }),
      row('fail', { pass: 38, fail: 2 }),
      row('clean-2', { pass: 12 }),
      row('uncheckable', { pass: 30, uncheckable: 1 }),
      row('lost', { pass: 40, unknownCells: 3 }),
      row('nothing-checked', {}),
    ];
    const { open, passed } = foldPassed(rows);
    expect(open.map((r) => r.report.id)).toEqual(['fail', 'uncheckable', 'lost', 'nothing-checked']);
    expect(passed.map((r) => r.report.id)).toEqual(['clean-1', 'clean-2']);
  });

  it('loses and adds no row', () => {
    const rows = [row('a', { fail: 1 }), row('b', { pass: 1 }), row('c', { uncheckable: 2 })];
    const { open, passed } = foldPassed(rows);
    expect(open.length + passed.length).toBe(rows.length);
    expect(rows.every((r) => needsLook(r) === open.includes(r))).toBe(true);
  });
});

// Broken on purpose: a small, known share of reports breaks one rule of the spec, the way real
// reports do (a total that does not add up, a prose figure that differs from the table, a carry-over
// that does not match last year's report). Each break changes the fewest cells that make that rule,
// and only that rule, fail.
import type { ApplicationsFigures } from './applicationsFigures.ts';
import type { ReviewFigures } from './otherFigures.ts';

export const BREAKS = [
  'applications.balance',
  'applications.outcomes',
  'applications.rowTotal',
  'reviewLitigation.groupTotal',
  'text.matchesTable',
  'crossYear.carryOver',
  'period.matchesYear',
] as const;
export type Break = (typeof BREAKS)[number];

export interface Breakable {
  applications: ApplicationsFigures | null;
  review: ReviewFigures | null;
  statement: { received: number; carriedOver: number; processed: number } | null;
  periodYear: number;
  /** Whether the body has a report of the year before (a carry-over can only break against one). */
  hasPreviousYear: boolean;
}

const NATURAL = 0;
const TOTAL = 6;

function bump(row: number[] | undefined, column: number, by: number): void {
  if (row) row[column] = (row[column] as number) + by;
}

/** Applies the break in place; false when this report cannot carry it (then nothing changed). */
export function applyBreak(kind: Break, r: Breakable): boolean {
  const a = r.applications;
  switch (kind) {
    case 'applications.balance':
      if (!a) return false;
      bump(a.carriedForward, NATURAL, 1);
      bump(a.carriedForward, TOTAL, 1);
      return true;
    case 'applications.outcomes':
      if (!a) return false;
      bump(a.granted, NATURAL, 1);
      bump(a.granted, TOTAL, 1);
      return true;
    case 'applications.rowTotal': {
      // One request moved from one outcome row to another in a column but not in the totals.
      const donor =
        a &&
        Object.keys(a).find(
          (k) => !['received', 'carriedOver', 'processedTotal', 'carriedForward', 'granted'].includes(k) && (a[k]?.[NATURAL] ?? 0) > 0,
        );
      if (!a || !donor) return false;
      bump(a.granted, NATURAL, 1);
      bump(a[donor], NATURAL, -1);
      return true;
    }
    case 'reviewLitigation.groupTotal':
      if (!r.review) return false;
      bump(r.review.review, 4, 1);
      return true;
    case 'text.matchesTable':
      if (!r.statement) return false;
      r.statement.received += 2;
      return true;
    case 'crossYear.carryOver':
      if (!a || !r.hasPreviousYear) return false;
      for (const row of [a.carriedOver, a.carriedForward]) {
        bump(row, NATURAL, 1);
        bump(row, TOTAL, 1);
      }
      if (r.statement) r.statement.carriedOver += 1;
      return true;
    case 'period.matchesYear':
      r.periodYear -= 1;
      return true;
  }
}

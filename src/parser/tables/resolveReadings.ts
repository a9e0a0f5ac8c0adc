// When digits run together, a row may have several readings. Row arithmetic rules some out; the
// table's column arithmetic rules out combinations; what every survivor agrees on is kept.
import type { Cell } from '../types.ts';
import { type Alignment, type Reading, agreedCells } from '../alignCells.ts';
import { type RowRecord, isRun } from '../records.ts';

export interface RowReadings {
  key: string;
  alignment: Alignment;
  /** Readings left after this row's own arithmetic. */
  readings: Reading[];
  /** How many readings the text allowed before arithmetic. */
  initial: number;
  /** Digits from running text, which may hold several cells each. */
  runTogether: boolean;
  /** Whether some reading satisfied the row's own rule. */
  ruleHeld: boolean;
}

/** A row's readings after its own rule (row total, group totals), when it has one. */
export function rowReadings(key: string, record: RowRecord, alignment: Alignment, rule?: (r: Reading) => boolean | null): RowReadings {
  const all = alignment.readings;
  let readings = all;
  let ruleHeld = false;
  if (rule && all.length === 1) ruleHeld = rule(all[0] as Reading) === true;
  else if (rule && all.length > 1) {
    // filterByRowRule and the search for a reading that holds, in one pass: the rule runs once per reading.
    const kept: Reading[] = [];
    for (let i = 0; i < all.length; i++) {
      const holds = rule(all[i] as Reading);
      if (holds === true) ruleHeld = true;
      if (holds !== false) kept.push(all[i] as Reading);
    }
    if (kept.length > 0) readings = kept;
  }
  return { key, alignment, initial: all.length, readings, runTogether: hasRuns(record), ruleHeld };
}

function hasRuns(record: RowRecord): boolean {
  const chunks = record.chunks;
  for (let i = 0; i < chunks.length; i++) if (isRun(chunks[i])) return true;
  return false;
}

const MAX_COMBINATIONS = 2000;

/** Keeps the readings that satisfy a row rule; when none does, the source breaks it and all stay. */
export function filterByRowRule(readings: Reading[], holds: (r: Reading) => boolean | null): Reading[] {
  if (readings.length <= 1) return readings;
  const kept = readings.filter((r) => holds(r) !== false);
  return kept.length > 0 ? kept : readings;
}

/**
 * Narrows ambiguous rows by a table-wide test over complete combinations of readings.
 * `tableHolds` sees every row's current reading and answers false only for a broken equation.
 */
export function filterByTableRule(rows: RowReadings[], tableHolds: (cells: Map<string, Cell[]>) => boolean): void {
  // Most tables have no ambiguous row: they are passed over without building anything.
  let anyAmbiguous = false;
  for (let i = 0; i < rows.length && !anyAmbiguous; i++) anyAmbiguous = (rows[i] as RowReadings).readings.length > 1;
  if (!anyAmbiguous) return;
  const ambiguous = rows.filter((r) => r.readings.length > 1);
  const combos = ambiguous.reduce((n, r) => n * r.readings.length, 1);
  if (combos > MAX_COMBINATIONS) return;
  // One map for every combination: each sets every ambiguous row's reading over the last one's.
  const cells = new Map<string, Cell[]>();
  for (const r of rows) if (r.readings.length === 1) cells.set(r.key, r.readings[0] as Cell[]);
  const survivors: Set<number>[] = ambiguous.map(() => new Set());
  const choice = new Array<number>(ambiguous.length).fill(0);
  for (let n = 0; n < combos; n++) {
    let rest = n;
    for (let i = 0; i < ambiguous.length; i++) {
      const r = ambiguous[i] as RowReadings;
      choice[i] = rest % r.readings.length;
      rest = Math.floor(rest / r.readings.length);
      cells.set(r.key, r.readings[choice[i] as number] as Cell[]);
    }
    if (tableHolds(cells)) for (let i = 0; i < ambiguous.length; i++) (survivors[i] as Set<number>).add(choice[i] as number);
  }
  if (survivors.some((s) => s.size === 0)) return; // the source breaks the table's own arithmetic
  ambiguous.forEach((r, i) => {
    r.readings = r.readings.filter((_, idx) => survivors[i]?.has(idx));
  });
}

export function finalCells(r: RowReadings, columns: number): Cell[] {
  if (r.alignment.lost || r.alignment.tooMany || r.readings.length === 0) return new Array<Cell>(columns).fill(null);
  // Digits run together are split only when exactly one split is left; otherwise nothing is read.
  if (r.runTogether && r.readings.length > 1) return new Array<Cell>(columns).fill(null);
  return agreedCells(r.readings, columns);
}

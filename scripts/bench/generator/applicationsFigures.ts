// Table 3 figures that obey the spec's rules: every row's total is the sum of its six columns; per
// column, received + carriedOver = processedTotal + carriedForward, and processedTotal is the sum of
// the outcome rows. carriedOver is the body's carriedForward of the year before (crossYear.carryOver).
import type { Rng } from './random.ts';

// The columns are the parser's own (table 3's specification), re-exported for the generator.
export { APPLICANT_COLUMNS, APPLICATION_COLUMNS } from '../../../src/parser/index.ts';
import { APPLICANT_COLUMNS } from '../../../src/parser/index.ts';

const COMMON_OUTCOMES: [string, number][] = [
  ['granted', 30],
  ['partiallyGranted', 8],
  ['denied.stateSecret', 0.3],
  ['denied.prohibitedByLaw', 0.5],
  ['denied.securityStability', 0.3],
  ['denied.thirdPartyRights', 2],
  ['denied.internalAffairs', 1],
  ['denied.processInformation', 2],
  ['denied.enforcementFile', 1],
  ['denied.administrativeQuery', 1],
  ['unavailable.notHeld', 25],
  ['unavailable.needsCreation', 4],
  ['unavailable.unclear', 2],
  ['notProcessed.complaint', 4],
  ['notProcessed.repeated', 3],
  ['notProcessed.publication', 0.5],
  ['notProcessed.excessive', 0.5],
  ['notProcessed.confirmation', 1],
];

/** The outcome rows of （七）总计, with how often each outcome happens. */
export function outcomeRows(format: '2021' | '2019'): [string, number][] {
  return format === '2021'
    ? [...COMMON_OUTCOMES, ['otherHandling.noCorrection', 2], ['otherHandling.unpaidFee', 0.2], ['otherHandling.other', 4]]
    : [...COMMON_OUTCOMES, ['otherHandling', 6]];
}

/** Rows in printed order: received, carriedOver, the outcomes, processedTotal, carriedForward. */
export function applicationRowKeys(format: '2021' | '2019'): string[] {
  return ['received', 'carriedOver', ...outcomeRows(format).map(([k]) => k), 'processedTotal', 'carriedForward'];
}

/** Row key → the seven printed cells (six columns and the total). */
export type ApplicationsFigures = Record<string, number[]>;

const COLUMN_SHARES: [number, number][] = [
  [0, 84],
  [1, 9],
  [2, 0.6],
  [3, 0.8],
  [4, 1.6],
  [5, 4],
];

const sum = (values: number[]): number => values.reduce((n, v) => n + v, 0);

export function withTotal(values: number[]): number[] {
  return [...values, sum(values)];
}

/** Received requests in a year for a body of this scale; applications grew over the decade. */
function receivedCount(rng: Rng, scale: number, year: number): number {
  const growth = 1 + Math.max(0, year - 2015) * 0.08;
  const noise = Math.exp((rng.next() - 0.5) * 1.2);
  const n = Math.round(scale * growth * noise) - (rng.chance(0.15) ? scale : 0);
  return Math.max(0, n);
}

function split(rng: Rng, count: number, weights: readonly (readonly [number, number])[], parts: number): number[] {
  const out = new Array<number>(parts).fill(0);
  for (let i = 0; i < count; i++) {
    const at = rng.weighted(weights);
    out[at] = (out[at] as number) + 1;
  }
  return out;
}

export function applicationsFigures(
  rng: Rng,
  scale: number,
  year: number,
  format: '2021' | '2019',
  carriedOver: number[] | null,
): ApplicationsFigures {
  const received = split(rng, receivedCount(rng, scale, year), COLUMN_SHARES, 6);
  const over = carriedOver ?? split(rng, rng.chance(0.4) ? rng.int(0, Math.max(1, Math.round(scale / 10))) : 0, COLUMN_SHARES, 6);
  const outcomes = outcomeRows(format);
  const outcomeWeights = outcomes.map(([, w], i) => [i, w] as const);
  const rows: Record<string, number[]> = {};
  for (const [key] of outcomes) rows[key] = new Array<number>(6).fill(0);
  const forward = new Array<number>(6).fill(0);
  for (let c = 0; c < 6; c++) {
    const open = (received[c] as number) + (over[c] as number);
    // Requests received late in the year are carried forward.
    const late = open === 0 ? 0 : rng.chance(0.35) ? rng.int(0, Math.max(1, Math.round(open * 0.08))) : 0;
    forward[c] = Math.min(open, late);
    const done = split(rng, open - (forward[c] as number), outcomeWeights, outcomes.length);
    outcomes.forEach(([key], i) => ((rows[key] as number[])[c] = done[i] as number));
  }
  const processed = APPLICANT_COLUMNS.map((_, c) => sum(outcomes.map(([key]) => (rows[key] as number[])[c] as number)));
  const figures: ApplicationsFigures = { received: withTotal(received), carriedOver: withTotal(over) };
  for (const [key] of outcomes) figures[key] = withTotal(rows[key] as number[]);
  figures.processedTotal = withTotal(processed);
  figures.carriedForward = withTotal(forward);
  return figures;
}

// Figures of table 2 (proactive disclosure) and table 4 (review and litigation). Table 4 groups obey
// upheld + corrected + other + pending = total; the 2021 table 2 obeys this year's inForce = last
// year's inForce + issued − repealed (crossYear.inForce).
import type { Rng } from './random.ts';

/** Row key → column key → value, as the spec names them. */
export type ProactiveFigures = Record<string, Record<string, number>>;

/** Per group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export type ReviewFigures = Record<'review' | 'litigationDirect' | 'litigationAfterReview', number[]>;

export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;

export interface InForce {
  regulations: number;
  normativeDocuments: number;
}

function group(rng: Rng, expected: number): number[] {
  const cases = rng.chance(0.5) ? 0 : rng.int(0, Math.max(1, Math.round(expected)));
  const parts = [0, 0, 0, 0];
  for (let i = 0; i < cases; i++) {
    const at = rng.weighted([
      [0, 6],
      [1, 1],
      [2, 2],
      [3, 1],
    ] as const);
    parts[at] = (parts[at] as number) + 1;
  }
  return [...parts, cases];
}

export function reviewFigures(rng: Rng, received: number): ReviewFigures {
  return {
    review: group(rng, received / 12),
    litigationDirect: group(rng, received / 25),
    litigationAfterReview: group(rng, received / 40),
  };
}

function decisions(rng: Rng, scale: number, p: number, factor: number): number {
  return rng.chance(p) ? rng.int(0, Math.round(scale * factor)) : 0;
}

/** Money with up to two decimals (万元). */
function amount(rng: Rng, max: number): number {
  return rng.chance(0.6) ? 0 : Math.round(rng.next() * max * 100) / 100;
}

export function proactive2021(rng: Rng, scale: number, previous: InForce | null): { figures: ProactiveFigures; inForce: InForce } {
  const before = previous ?? { regulations: rng.chance(0.2) ? rng.int(0, 20) : 0, normativeDocuments: rng.int(0, 120) };
  const row = (had: number, maxIssued: number) => {
    const issued = rng.int(0, maxIssued);
    const repealed = rng.int(0, Math.min(had, Math.max(0, Math.round(had / 8))));
    return { issued, repealed, inForce: had + issued - repealed };
  };
  const regulations = row(before.regulations, before.regulations > 0 ? 2 : 0);
  const normativeDocuments = row(before.normativeDocuments, 12);
  return {
    figures: {
      regulations,
      normativeDocuments,
      licensing: { decisions: decisions(rng, scale, 0.6, 40) },
      penalty: { decisions: decisions(rng, scale, 0.6, 60) },
      coercion: { decisions: decisions(rng, scale, 0.3, 5) },
      fees: { amount: amount(rng, 8000) },
    },
    inForce: { regulations: regulations.inForce, normativeDocuments: normativeDocuments.inForce },
  };
}

export function proactive2019(rng: Rng, scale: number): ProactiveFigures {
  const made = (max: number) => {
    const m = rng.int(0, max);
    return { made: m, published: m, publishedTotal: m + rng.int(0, max * 8) };
  };
  const items = (factor: number) => {
    const previousYear = rng.int(0, Math.round(scale * factor));
    const change = rng.int(-Math.round(previousYear / 5), Math.round(previousYear / 5) + 2);
    return { previousYear, change, decisions: Math.max(0, previousYear + change) };
  };
  const fees = rng.int(0, 15);
  return {
    regulations: made(rng.chance(0.2) ? 2 : 0),
    normativeDocuments: made(15),
    licensing: items(30),
    otherServices: items(10),
    penalty: items(50),
    coercion: items(4),
    fees: { previousYear: fees, change: rng.int(-Math.min(fees, 2), 1) },
    procurement: { projects: rng.int(0, 60), amount: amount(rng, 3000) },
  };
}

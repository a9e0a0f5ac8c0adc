// Where one value stands among others: quartiles and ranks. Pure arithmetic on the values given; the
// peers themselves (which bodies, which rate) are chosen by peers.ts.
//
// Quartiles are by linear interpolation between the closest ranks (Hyndman & Fan type 7: the default
// of R, NumPy and Excel's QUARTILE.INC): with the n values sorted ascending as x[0] … x[n-1], the
// quartile p (0.25, 0.5, 0.75) lies at h = (n − 1)·p, Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
// Below MIN_PEERS_FOR_QUARTILES values no quartiles are given: a quartile of two or three figures
// says nothing a reader could not see from the figures themselves.
//
// Ranks: 1 is the highest value; equal values share the best rank of their group and the next value
// ranks after all of them (1, 2, 2, 4: “standard competition ranking”).

export const MIN_PEERS_FOR_QUARTILES = 4;

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

/** The value at quantile p of values sorted ascending (type 7). */
function quantileOfSorted(ascending: readonly number[], p: number): number {
  const h = (ascending.length - 1) * p;
  const low = Math.floor(h);
  const lower = ascending[low]!;
  const upper = ascending[Math.min(low + 1, ascending.length - 1)]!;
  return lower + (h - low) * (upper - lower);
}

/** Quartiles of values sorted ascending; null below MIN_PEERS_FOR_QUARTILES values. */
export function quartilesOfSorted(ascending: readonly number[]): Quartiles | null {
  if (ascending.length < MIN_PEERS_FOR_QUARTILES) return null;
  return {
    q1: quantileOfSorted(ascending, 0.25),
    median: quantileOfSorted(ascending, 0.5),
    q3: quantileOfSorted(ascending, 0.75),
  };
}

export function quartiles(values: readonly number[]): Quartiles | null {
  return quartilesOfSorted([...values].sort((a, b) => a - b));
}

/**
 * Each item's rank by its value (1 = highest, ties share a rank), in one sort: items sorted
 * descending, then one sweep. Returns the items' ranks in the order given.
 */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const out = new Array<number>(values.length);
  order.forEach((item, position) => {
    const before = order[position - 1];
    out[item] = before !== undefined && values[before] === values[item] ? out[before]! : position + 1;
  });
  return out;
}

/** Where a value stands against the quartiles of its peers, in words a reader understands. */
export function standingText(value: number, q: Quartiles): string {
  if (value > q.q3) return '高于四分之三的同级机关';
  if (value > q.median) return '高于一半的同级机关';
  if (value === q.median) return '与同级机关的中位数持平';
  if (value >= q.q1) return '低于一半的同级机关';
  return '低于四分之三的同级机关';
}

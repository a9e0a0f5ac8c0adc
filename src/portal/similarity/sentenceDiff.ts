// What changed between two versions of a passage, sentence by sentence: split on 。 ； ; and line
// breaks, matched on the normalised sentence (width, white space and punctuation do not count), in
// the order of the longest common subsequence; removed sentences come before the added ones that
// replace them.
import { normaliseText } from './normalise.ts';

export type DiffKind = 'kept' | 'added' | 'removed';

export interface DiffItem {
  kind: DiffKind;
  /** The sentence as written (this year's when kept), with its closing mark. */
  text: string;
}

/** Above this many sentence pairs, matching is by presence alone (no long passage has that many sentences). */
const MAX_PAIRS = 250_000;

/**
 * The sentences of a text, each with its closing mark and without markdown's bold marks (a report's
 * `**一是…。**` would leave them at either end); those with no character left once normalised are dropped.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replaceAll('**', '').matchAll(/[^。；;\n]+[。；;]?/g)) {
    const sentence = m[0].trim();
    if (normaliseText(sentence) !== '') out.push(sentence);
  }
  return out;
}

export function sentenceDiff(before: readonly string[], after: readonly string[]): DiffItem[] {
  const a = before.map(normaliseText);
  const b = after.map(normaliseText);
  if (a.length * b.length > MAX_PAIRS) return presenceDiff(before, after, a, b);
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..], row by row in one array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
  const items: DiffItem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      items.push({ kind: 'kept', text: after[j] as string });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))) {
      items.push({ kind: 'removed', text: before[i] as string });
      i++;
    } else {
      items.push({ kind: 'added', text: after[j] as string });
      j++;
    }
  }
  return items;
}

/** This year's sentences in order, kept or added, then last year's that are gone. */
function presenceDiff(before: readonly string[], after: readonly string[], a: string[], b: string[]): DiffItem[] {
  const had = new Set(a);
  const has = new Set(b);
  return [
    ...after.map((text, j): DiffItem => ({ kind: had.has(b[j] as string) ? 'kept' : 'added', text })),
    ...before.filter((_, i) => !has.has(a[i] as string)).map((text): DiffItem => ({ kind: 'removed', text })),
  ];
}

// Character n-grams of a normalised text, each hashed to a 32-bit integer, and a set of them as an
// open-addressing table in an Int32Array (no allocation per gram, as a Set of numbers would make).
// A chance collision makes a gram of this year's seem last year's with odds of about (last year's
// grams) / 2^32, some 1 in a million for a long report: far below the two decimals shown.

/** Five characters: long enough that shared grams mean shared wording, short enough for short sections. */
export const GRAM_LENGTH = 5;

/** The hash of every n-gram of a text, in order (UTF-16 code units: a normalised report's are nearly all one character each). */
export function gramHashes(text: string, n = GRAM_LENGTH): Int32Array {
  const count = Math.max(0, text.length - n + 1);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    // 0 marks an empty slot of a table.
    out[i] = h === 0 ? 1 : h;
  }
  return out;
}

/** A set of gram hashes; it holds up to `capacity` distinct grams. */
export class GramSet {
  private readonly slots: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let length = 16;
    while (length < capacity * 2) length *= 2;
    this.slots = new Int32Array(length);
    this.mask = length - 1;
  }

  /** Adds a hash; true when it was not there yet. */
  add(h: number): boolean {
    let i = h & this.mask;
    for (let s = this.slots[i] as number; s !== 0; s = this.slots[i] as number) {
      if (s === h) return false;
      i = (i + 1) & this.mask;
    }
    this.slots[i] = h;
    this.size++;
    return true;
  }

  has(h: number): boolean {
    let i = h & this.mask;
    for (let s = this.slots[i] as number; s !== 0; s = this.slots[i] as number) {
      if (s === h) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }
}

/** A text's distinct grams. */
export function gramSetOf(text: string): GramSet {
  const hashes = gramHashes(text);
  const set = new GramSet(hashes.length);
  for (const h of hashes) set.add(h);
  return set;
}

/** The share of a text's distinct grams found in `within`, in [0, 1]; null when it has none (under GRAM_LENGTH characters). */
export function containment(text: string, within: GramSet): number | null {
  const hashes = gramHashes(text);
  const seen = new GramSet(hashes.length);
  let shared = 0;
  for (const h of hashes) if (seen.add(h) && within.has(h)) shared++;
  return seen.size === 0 ? null : shared / seen.size;
}

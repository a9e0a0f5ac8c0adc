// A seeded random source for the benchmark corpus: the same seed gives the same sequence on every
// machine and Node version (no Math.random, no floating-point state beyond 32-bit integer steps).

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the items, chosen by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A new array in random order (the input is left alone). */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream for a named part, so that adding draws in one part does not move another. */
  fork(label: string): Rng;
}

/** A 32-bit hash of a string (FNV-1a), for seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** sfc32, seeded from a string. */
export function createRng(seed: string): Rng {
  let a = hashString(`a:${seed}`);
  let b = hashString(`b:${seed}`);
  let c = hashString(`c:${seed}`);
  let d = 1;
  const step = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) step();
  const rng: Rng = {
    next: step,
    int: (min, max) => min + Math.floor(step() * (max - min + 1)),
    chance: (p) => step() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(step() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((n, [, w]) => n + w, 0);
      let r = step() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return (items[items.length - 1] as (typeof items)[number])[0];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(step() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    fork: (label) => createRng(`${seed}/${label}`),
  };
  return rng;
}

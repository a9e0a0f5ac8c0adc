// Remembered results of functions of short strings (headings, labels) that recur from report to
// report. The memo is bounded: when full it starts over, so an unusual input cannot grow it.
//
// The strings are freshly cut from each report: keyed by themselves, a look-up would hash them
// (and flatten a joined one) in the runtime, which costs more than the rest of the look-up
// (~100 ns against ~8 ns for a string whose hash is known). Answers are filed under a cheap code
// of a few characters instead, and the string is compared with the one filed there.

interface Filed<T> {
  key: string;
  value: T;
}

export function remembered<T>(f: (s: string) => T, capacity = 1024): (s: string) => T {
  const memo = new Map<number, Filed<T>>();
  return (s: string): T => {
    const code = codeOf(s);
    const known = memo.get(code);
    if (known !== undefined && known.key === s) return known.value;
    const value = f(s);
    if (memo.size >= capacity) memo.clear();
    // Two strings with one code take turns: the later one is filed.
    memo.set(code, { key: s, value });
    return value;
  };
}

/** The low 30 bits: a code that fits V8's small integers (Smis) on every platform, a fast Map key. */
const SMALL_INTEGER_BITS = 0x3fffffff;

/** Length and five characters spread over the string, mixed into a small integer. */
function codeOf(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let h = n;
  h = (Math.imul(h, 31) + s.charCodeAt(0)) | 0;
  h = (Math.imul(h, 31) + s.charCodeAt(n >> 2)) | 0;
  h = (Math.imul(h, 31) + s.charCodeAt(n >> 1)) | 0;
  h = (Math.imul(h, 31) + s.charCodeAt(n - 1 - (n >> 2))) | 0;
  h = (Math.imul(h, 31) + s.charCodeAt(n - 1)) | 0;
  return h & SMALL_INTEGER_BITS;
}

// Remembered results of functions of short strings (headings, labels) that recur from report to
// report. The memo is bounded: when full it starts over, so an unusual input cannot grow it.

export function remembered<T>(f: (s: string) => T, capacity = 1024): (s: string) => T {
  const memo = new Map<string, T>();
  return (s: string): T => {
    const known = memo.get(s);
    if (known !== undefined) return known;
    const value = f(s);
    if (memo.size >= capacity) memo.clear();
    memo.set(s, value);
    return value;
  };
}

// Small integer keys for the database's lookup tables: each distinct value gets the next id the
// first time it is seen, so ids follow the order of the reports and are the same for the same input.

export class Keys<T> {
  private readonly ids = new Map<string, number>();
  readonly values: T[] = [];

  /** `key` tells two values apart; the id is 1-based. */
  idOf(key: string, value: () => T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.values.push(value());
      id = this.values.length;
      this.ids.set(key, id);
    }
    return id;
  }
}

/** A key made of several parts; null and '' stay apart. */
export function keyOf(...parts: (string | number | null)[]): string {
  return parts.map((p) => (p === null ? '\u0001' : String(p))).join('\u0000');
}

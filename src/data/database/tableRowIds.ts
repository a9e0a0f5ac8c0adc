// Ids of table_rows: a row is told apart by its name (table, key, label, unit, repeat, part) and its
// columns. Rows are looked up by name, then their columns compared one by one: no key string is
// made of the columns for each of the hundreds of thousands of rows.
import { Keys } from './keys.ts';

export type Columns = [key: string, label: string][];

function sameColumns(a: Columns, b: Columns): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as [string, string];
    const y = b[i] as [string, string];
    if (x[0] !== y[0] || x[1] !== y[1]) return false;
  }
  return true;
}

export class TableRowIds<T extends { columns: Columns }> {
  private readonly byName = new Map<string, { columns: Columns; id: number }[]>();
  private readonly keys = new Keys<T>();

  get values(): T[] {
    return this.keys.values;
  }

  idOf(name: string, columns: Columns, value: () => T): number {
    let named = this.byName.get(name);
    if (named === undefined) {
      named = [];
      this.byName.set(name, named);
    }
    for (const n of named) if (sameColumns(n.columns, columns)) return n.id;
    const id = this.keys.idOf(`${name}\u0000${named.length}`, value);
    named.push({ columns, id });
    return id;
  }
}

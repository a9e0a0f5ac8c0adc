// Decides which row of a table each record is. A record names its row by its own label; failing
// that, by the text printed just before it when that names exactly one row; failing that, by its
// place: unlabelled records between two known rows take the missing rows in table order, but only
// when their count matches.
import type { RowRecord } from './records.ts';
import { compact } from './text.ts';
import { remembered } from './memo.ts';

export interface RowSpec {
  key: string;
  match: RegExp;
  /** A row that stands for a whole group (2019's （六）其他处理); a more specific match wins over it. */
  group?: boolean;
}

export interface AssignedRow {
  key: string;
  record: RowRecord;
  byPosition: boolean;
}

export interface RowAssignment {
  rows: AssignedRow[];
  /** Records that hold numbers but could not be placed. */
  unplaced: RowRecord[];
}

const globalForms = new WeakMap<RegExp, RegExp>();

function lastMatchEnd(re: RegExp, text: string): number {
  if (!re.test(text)) return -1;
  let global = globalForms.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalForms.set(re, global);
  }
  global.lastIndex = 0;
  let end = -1;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) global.lastIndex++;
  }
  return end;
}

/** The row a label names: the match that ends last (closest to the numbers), specific before group. */
export function rowOfLabel(label: string, specs: RowSpec[]): string | null {
  return rememberedRow(label, specs);
}

// Row labels repeat from report to report: the answers are remembered per set of rows (sets of
// rows are kept as the same arrays; see activeSpecsOf).
const rowMemos = new WeakMap<RowSpec[], (label: string) => string | null>();

function rememberedRow(label: string, specs: RowSpec[]): string | null {
  let rowOf = rowMemos.get(specs);
  if (!rowOf) {
    rowOf = remembered((l) => bestRow(compact(l), specs), 5000);
    rowMemos.set(specs, rowOf);
  }
  return rowOf(label);
}

function bestRow(text: string, specs: RowSpec[]): string | null {
  let best: { key: string; end: number; group: boolean } | null = null;
  for (const spec of specs) {
    const end = lastMatchEnd(spec.match, text);
    if (end < 0) continue;
    const group = spec.group === true;
    if (!best || end > best.end || (end === best.end && best.group && !group)) best = { key: spec.key, end, group };
  }
  return best?.key ?? null;
}

/** Every row a stretch of text names, group rows dropped when a specific row is named too. */
export function rowsNamedIn(text: string, specs: RowSpec[]): readonly string[] {
  // The text before unlabelled rows repeats from report to report too (column headings, notes).
  let namedIn = namedMemos.get(specs);
  if (!namedIn) {
    namedIn = remembered((t) => rowsNamedInCompact(compact(t), specs), 5000);
    namedMemos.set(specs, namedIn);
  }
  return namedIn(text);
}

const namedMemos = new WeakMap<RowSpec[], (text: string) => readonly string[]>();

function rowsNamedInCompact(t: string, specs: RowSpec[]): readonly string[] {
  const named = specs.filter((s) => s.match.test(t));
  const specific = named.filter((s) => s.group !== true);
  return (specific.length > 0 ? specific : named).map((s) => s.key);
}

const activeByRows = new WeakMap<RowSpec[], WeakMap<ReadonlySet<string>, RowSpec[]>>();

/**
 * The rows of `specs` in `applicable`, as the same array for the same set object, so that the
 * answers remembered for it are found again (tables pass fixed sets of rows).
 */
function activeSpecsOf(specs: RowSpec[], applicable: ReadonlySet<string>): RowSpec[] {
  let bySet = activeByRows.get(specs);
  if (!bySet) {
    bySet = new WeakMap();
    activeByRows.set(specs, bySet);
  }
  let active = bySet.get(applicable);
  if (!active) {
    active = specs.filter((s) => applicable.has(s.key));
    bySet.set(applicable, active);
  }
  return active;
}

const orders = new WeakMap<RowSpec[], Map<string, number>>();

/** Each row's place in table order. */
function orderOf(specs: RowSpec[]): Map<string, number> {
  let order = orders.get(specs);
  if (!order) {
    order = new Map(specs.map((s, i) => [s.key, i]));
    orders.set(specs, order);
  }
  return order;
}

/**
 * @param header words of the table's column headings: a grid line of them with no numbers is a
 *   heading row, even when it happens to contain a row's name (总计, 其他).
 */
export function assignRows(
  records: RowRecord[],
  specs: RowSpec[],
  applicable: ReadonlySet<string>,
  header?: RegExp,
  /** Whether rows must come in table order (table 3); table 2's names are unmistakable in any order. */
  ordered = true,
  /**
   * Each record's row by its label among all of `specs`, when the caller has it already (a lookup
   * costs a hash of the label): the best match among all rows is also the best among the
   * applicable ones whenever it is applicable.
   */
  labelRows?: readonly (string | null)[],
): RowAssignment {
  const order = orderOf(specs);
  const activeSpecs = activeSpecsOf(specs, applicable);
  // Slots in parallel arrays: each kept record and its row (null until placed by position).
  const slotRecords: RowRecord[] = [];
  const slotKeys: (string | null)[] = [];
  const unplaced: RowRecord[] = [];
  let unkeyed = false;
  let lastIndex = -1;
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as RowRecord;
    const known = labelRows?.[index];
    const own =
      known === null || (known !== undefined && applicable.has(known))
        ? known
        : record.label.trim() === ''
          ? null
          : rememberedRow(record.label, activeSpecs);
    if (record.allBlank && (own === null || (header && header.test(compact(record.label))))) continue;
    let key: string | null = null;
    if (own !== null && (ordered ? (order.get(own) ?? -1) > lastIndex : !slotKeys.includes(own))) key = own;
    else if (own === null && record.context.trim() !== '') {
      const named = rowsNamedIn(record.context, activeSpecs).filter((k) => (order.get(k) ?? -1) > lastIndex);
      if (named.length === 1) key = named[0] ?? null;
    }
    if (own !== null && key === null) {
      // Names a row already passed: a repeated header or a stray copy; it is not this table's data.
      unplaced.push(record);
      continue;
    }
    if (key !== null && ordered) lastIndex = order.get(key) ?? lastIndex;
    if (key === null) unkeyed = true;
    slotRecords.push(record);
    slotKeys.push(key);
  }

  const rows: AssignedRow[] = [];
  // The usual table: every row named by its label, nothing to place by position.
  if (!unkeyed) {
    for (let i = 0; i < slotRecords.length; i++)
      rows.push({ key: slotKeys[i] as string, record: slotRecords[i] as RowRecord, byPosition: false });
    return { rows, unplaced };
  }
  let i = 0;
  while (i < slotRecords.length) {
    const key = slotKeys[i] as string | null;
    if (key !== null) {
      rows.push({ key, record: slotRecords[i] as RowRecord, byPosition: false });
      i++;
      continue;
    }
    let j = i;
    while (j < slotRecords.length && slotKeys[j] === null) j++;
    const before = i > 0 ? (order.get(slotKeys[i - 1] ?? '') ?? -1) : -1;
    const after = j < slotRecords.length ? (order.get(slotKeys[j] ?? '') ?? specs.length) : specs.length;
    const missing = activeSpecs
      .map((s) => s.key)
      .filter((k) => {
        const o = order.get(k) ?? -1;
        return o > before && o < after;
      });
    if (missing.length === j - i && (before >= 0 || after < specs.length)) {
      for (let n = 0; n < missing.length; n++)
        rows.push({ key: missing[n] as string, record: slotRecords[i + n] as RowRecord, byPosition: true });
    } else {
      for (let n = i; n < j; n++) unplaced.push(slotRecords[n] as RowRecord);
    }
    i = j;
  }
  return { rows, unplaced };
}

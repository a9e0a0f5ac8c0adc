// The compare view's state and its query string, so that a view can be bookmarked and sent:
//   ?r=<id>,<id>&col=<applicant column>&m=<chart measure>
// Report ids are paths (ningxia/wuzhong/litong-2022); a comma inside an id is written %2C.
// Pure: used by the compare page's script and its tests.

export const MEASURE_KEYS = [
  'received',
  'processedTotal',
  'disclosure',
  'reviewTotal',
  'reviewCorrection',
  'litigationTotal',
  'litigationCorrection',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export interface CompareState {
  /** Selected report ids, in the order given. */
  ids: string[];
  /** Which column of table 3 the side-by-side table shows. */
  column: string;
  /** What the chart shows. */
  measure: MeasureKey;
}

export const DEFAULT_COLUMN = 'total';
export const DEFAULT_MEASURE: MeasureKey = 'received';

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Keeps `/` readable in the address; everything else (a comma too) as encodeURIComponent has it. */
function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/%2F/gi, '/');
}

/**
 * Reads `?r=a,b&r=c&col=…&m=…` (repeated r is accepted too, as a plain GET form sends it). Given the
 * known ids, a value whose commas were encoded (`a%2Cb`, as URLSearchParams writes it) is split too,
 * unless it is itself a known id.
 */
export function parseCompareQuery(
  search: string,
  columns: readonly string[] = [DEFAULT_COLUMN],
  known?: ReadonlySet<string>,
): CompareState {
  const ids: string[] = [];
  let column = DEFAULT_COLUMN;
  let measure: MeasureKey = DEFAULT_MEASURE;
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    if (name === 'r') {
      for (const part of raw.split(',')) {
        const token = decode(part).trim();
        const found = known && !known.has(token) && token.includes(',') ? token.split(',').map((t) => t.trim()) : [token];
        for (const id of found) if (id !== '' && !ids.includes(id)) ids.push(id);
      }
    } else if (name === 'col') {
      const value = decode(raw);
      if (columns.includes(value)) column = value;
    } else if (name === 'm') {
      const value = decode(raw);
      if ((MEASURE_KEYS as readonly string[]).includes(value)) measure = value as MeasureKey;
    }
  }
  return { ids, column, measure };
}

/** The query string of a state (`?r=…`), defaults left out; empty when nothing is chosen. */
export function compareQuery(state: CompareState): string {
  const parts: string[] = [];
  if (state.ids.length > 0) parts.push(`r=${state.ids.map(encodeId).join(',')}`);
  if (state.column !== DEFAULT_COLUMN) parts.push(`col=${encodeURIComponent(state.column)}`);
  if (state.measure !== DEFAULT_MEASURE) parts.push(`m=${encodeURIComponent(state.measure)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

// Excel opens at most 1,048,576 rows: a header and 1,048,575 data rows. A bulk CSV that would hold
// more is cut into parts; a report's rows stay in one part unless they alone exceed the limit.

export const EXCEL_MAX_DATA_ROWS = 1_048_575;

/** Rows [from, to) of group (a report) number `group`. */
export interface RowSlice {
  group: number;
  from: number;
  to: number;
}

/** Parts of at most `limit` rows each, in order; none when there are no rows. */
export function splitIntoParts(rowCounts: readonly number[], limit: number): RowSlice[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`row limit must be a positive integer, not ${limit}`);
  const parts: RowSlice[][] = [];
  let part: RowSlice[] = [];
  let size = 0;
  const close = (): void => {
    if (part.length > 0) parts.push(part);
    part = [];
    size = 0;
  };
  rowCounts.forEach((rows, group) => {
    if (rows === 0) return;
    if (size + rows > limit) close();
    let from = 0;
    while (rows - from > limit) {
      parts.push([{ group, from, to: from + limit }]);
      from += limit;
    }
    part.push({ group, from, to: rows });
    size += rows - from;
  });
  close();
  return parts;
}

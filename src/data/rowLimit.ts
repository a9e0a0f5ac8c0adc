// Excel opens at most 1,048,576 rows: a header and 1,048,575 data rows; and a static host takes files
// of at most 25 MiB. A bulk CSV that would pass either is cut into parts; a report's rows stay in one
// part unless they alone pass the row limit (the hard limit: such a report is cut by rows).

export const EXCEL_MAX_DATA_ROWS = 1_048_575;

/** The largest file a part may be, header included. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Rows [from, to) of group (a report) number `group`. */
export interface RowSlice {
  group: number;
  from: number;
  to: number;
}

/** A group's size: its rows and, when known, their bytes. */
export interface GroupSize {
  rows: number;
  bytes?: number;
}

export interface PartLimits {
  rows: number;
  /** Bytes of the rows (the header's already taken off); a part over it starts at a group's start. */
  bytes?: number;
}

/** Parts within the limits, in order; none when there are no rows. */
export function splitIntoParts(groups: readonly (number | GroupSize)[], limits: number | PartLimits): RowSlice[][] {
  const { rows: limit, bytes: byteLimit = Infinity } = typeof limits === 'number' ? { rows: limits } : limits;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`row limit must be a positive integer, not ${limit}`);
  const parts: RowSlice[][] = [];
  let part: RowSlice[] = [];
  let size = 0;
  let bytes = 0;
  const close = (): void => {
    if (part.length > 0) parts.push(part);
    part = [];
    size = 0;
    bytes = 0;
  };
  groups.forEach((g, group) => {
    const { rows, bytes: groupBytes = 0 } = typeof g === 'number' ? { rows: g } : g;
    if (rows === 0) return;
    if (size + rows > limit || bytes + groupBytes > byteLimit) close();
    let from = 0;
    while (rows - from > limit) {
      parts.push([{ group, from, to: from + limit }]);
      from += limit;
    }
    part.push({ group, from, to: rows });
    size += rows - from;
    bytes += from === 0 ? groupBytes : 0;
  });
  close();
  return parts;
}

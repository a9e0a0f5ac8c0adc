// Excel's row limit: a bulk CSV that would hold more data rows than the limit is cut into parts, each
// within it, whose rows together are the whole file's in order; a report's rows stay in one part
// unless they alone exceed the limit.
import { describe, expect, it } from 'vitest';
import { csvDocument, parseCsv } from '../../src/data/csv.ts';
import { EXCEL_MAX_DATA_ROWS, MAX_FILE_BYTES, splitIntoParts } from '../../src/data/rowLimit.ts';
import { bulkCsv, bulkFilesOf, bulkHeader, bulkRecords, defaultLimits } from '../../src/data/yearFiles.ts';
import { bundledCatalog } from './bundledCatalog.ts';

describe('splitIntoParts', () => {
  it('is Excel’s limit: 1,048,576 rows less the header', () => {
    expect(EXCEL_MAX_DATA_ROWS).toBe(1_048_575);
  });

  it('leaves room for the BOM and header within the hosts’ 25 MiB', () => {
    expect(MAX_FILE_BYTES).toBe(25 * 1024 * 1024);
    const limits = defaultLimits('checks');
    expect(limits.rows).toBe(EXCEL_MAX_DATA_ROWS);
    expect(limits.bytes).toBe(
      MAX_FILE_BYTES - Buffer.byteLength(bulkCsv({ kind: 'checks', year: 1, part: null, name: 'x', rows: 0, slices: [] })),
    );
  });

  it('keeps everything in one part when it fits, skipping groups without rows', () => {
    expect(splitIntoParts([2, 0, 3], 5)).toEqual([
      [
        { group: 0, from: 0, to: 2 },
        { group: 2, from: 0, to: 3 },
      ],
    ]);
  });

  it('gives no part when there is no row', () => {
    expect(splitIntoParts([0, 0], 5)).toEqual([]);
    expect(splitIntoParts([], 5)).toEqual([]);
  });

  it('starts a new part rather than cut a group that fits in one', () => {
    expect(splitIntoParts([3, 3, 1], 4)).toEqual([
      [{ group: 0, from: 0, to: 3 }],
      [
        { group: 1, from: 0, to: 3 },
        { group: 2, from: 0, to: 1 },
      ],
    ]);
  });

  it('cuts a group that alone exceeds the limit', () => {
    expect(splitIntoParts([1, 7, 2], 3)).toEqual([
      [{ group: 0, from: 0, to: 1 }],
      [{ group: 1, from: 0, to: 3 }],
      [{ group: 1, from: 3, to: 6 }],
      [
        { group: 1, from: 6, to: 7 },
        { group: 2, from: 0, to: 2 },
      ],
    ]);
  });

  it('never makes a part over the limit, and loses or repeats no row', () => {
    const counts = [5, 0, 1, 12, 3, 3, 8, 1];
    for (const limit of [1, 2, 3, 4, 7, 12, 50]) {
      const parts = splitIntoParts(counts, limit);
      for (const p of parts) expect(p.reduce((n, s) => n + s.to - s.from, 0)).toBeLessThanOrEqual(limit);
      const rows = parts.flat().flatMap((s) => Array.from({ length: s.to - s.from }, (_, i) => `${s.group}:${s.from + i}`));
      expect(rows).toEqual(counts.flatMap((n, g) => Array.from({ length: n }, (_, i) => `${g}:${i}`)));
    }
  });

  it('starts a new part at a group that would take it over the byte limit', () => {
    const groups = [
      { rows: 2, bytes: 60 },
      { rows: 2, bytes: 50 },
      { rows: 1, bytes: 40 },
    ];
    expect(splitIntoParts(groups, { rows: 100, bytes: 100 })).toEqual([
      [{ group: 0, from: 0, to: 2 }],
      [
        { group: 1, from: 0, to: 2 },
        { group: 2, from: 0, to: 1 },
      ],
    ]);
    expect(splitIntoParts(groups, { rows: 100, bytes: 150 })).toHaveLength(1);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => splitIntoParts([1], 0)).toThrow(/positive/);
    expect(() => splitIntoParts([1], 1.5)).toThrow(/positive/);
  });
});

describe('a bulk CSV over the limit', () => {
  const reports = bundledCatalog().reports;

  it('is served in numbered parts, each within the limit, that add up to the whole file', () => {
    const limit = 20;
    const whole = bulkFilesOf(reports, 'applications', 2021);
    expect(whole.map((f) => [f.name, f.part, f.rows])).toEqual([['applications-2021', null, 50]]);
    const parts = bulkFilesOf(reports, 'applications', 2021, limit);
    expect(parts.map((f) => [f.name, f.part, f.rows])).toEqual([
      ['applications-2021-part1', 1, 20],
      ['applications-2021-part2', 2, 5],
      ['applications-2021-part3', 3, 20],
      ['applications-2021-part4', 4, 5],
    ]);
    const header = [...bulkHeader('applications')];
    const rows = parts.flatMap((f) => {
      const [head, ...data] = parseCsv(bulkCsv(f));
      expect(head).toEqual(header);
      expect(data.length).toBe(f.rows);
      expect(data.length).toBeLessThanOrEqual(limit);
      return data;
    });
    expect(rows).toEqual(parseCsv(bulkCsv(whole[0]!)).slice(1));
    expect(bulkCsv(whole[0]!)).toBe(
      csvDocument(
        header,
        whole[0]!.slices.flatMap((s) => bulkRecords(s.report, 'applications')),
      ),
    );
  });
});

describe('a bulk CSV over the byte limit', () => {
  const reports = bundledCatalog().reports;

  it('is cut between reports so that each part, header included, stays within it', () => {
    const whole = bulkFilesOf(reports, 'checks', 2021)[0]!;
    const wholeBytes = Buffer.byteLength(bulkCsv(whole));
    const header = Buffer.byteLength(bulkCsv({ ...whole, slices: [] }));
    const parts = bulkFilesOf(reports, 'checks', 2021, { rows: EXCEL_MAX_DATA_ROWS, bytes: Math.ceil((wholeBytes - header) * 0.6) });
    expect(parts.map((f) => f.name)).toEqual(['checks-2021-part1', 'checks-2021-part2']);
    for (const f of parts) {
      expect(f.slices).toHaveLength(1);
      expect(Buffer.byteLength(bulkCsv(f))).toBeLessThanOrEqual(header + Math.ceil((wholeBytes - header) * 0.6));
    }
    expect(parts.flatMap((f) => parseCsv(bulkCsv(f)).slice(1))).toEqual(parseCsv(bulkCsv(whole)).slice(1));
  });
});

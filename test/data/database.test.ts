// data/nianbao.sqlite made from the bundled reports: opened with node:sqlite, it holds every report,
// every cell (unknown = NULL, never 0) and every check, its views give them back in words, its keys
// hold together, its indexes exist and are used, and the same reports give the same bytes.
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseReport, buildDatabase } from '../../src/data/database/buildDatabase.ts';
import { ROW_VALUE_COLUMNS } from '../../src/data/database/tableRows.ts';
import { vacuumedBytes } from '../../src/data/database/vacuumedBytes.ts';
import { TIDY_TABLES, tidyCells } from '../../src/data/tidy.ts';
import { allChecks } from '../../src/data/types.ts';
import type { LegacyStatisticsRow } from '../../src/parser/index.ts';
import { seriesRecords } from '../../src/data/seriesCsv.ts';
import { bundledCatalog } from './bundledCatalog.ts';

type Row = Record<string, unknown>;

function open(bytes: Uint8Array): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.deserialize(bytes);
  return db;
}

const all = (db: DatabaseSync, sql: string, ...params: (string | number)[]): Row[] => db.prepare(sql).all(...params) as Row[];
const one = (db: DatabaseSync, sql: string, ...params: (string | number)[]): Row => db.prepare(sql).get(...params) as Row;

/** A cell as the tidy CSV has it, in a form both sides can be sorted by. */
const cellKey = (c: unknown[]): string => JSON.stringify(c);

describe('the SQLite database', () => {
  const reports = bundledCatalog().reports;
  let bytes: Uint8Array;
  let db: DatabaseSync;

  beforeAll(() => {
    bytes = buildDatabase(reports, { nianbaoVersion: '1.2.3' });
    db = open(bytes);
  });
  afterAll(() => db.close());

  it('is an SQLite 3 file that passes its integrity check', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 16))).toBe('SQLite format 3\u0000');
    expect(one(db, 'PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
    expect(all(db, 'PRAGMA foreign_key_check')).toEqual([]);
  });

  it('has one row per report with its body, metadata and source', () => {
    expect(one(db, 'SELECT count(*) AS n FROM reports').n).toBe(reports.length);
    for (const r of reports) {
      const row = one(db, 'SELECT * FROM reports JOIN bodies USING (body_id) WHERE id = ?', r.id);
      expect(row).toMatchObject({
        year: r.data.year,
        format: r.data.format,
        title: r.data.title,
        signed_as: r.data.agency,
        published_on: r.data.publishedOn,
        source_path: r.data.source.path,
        source_sha256: r.data.source.sha256,
        source_bytes: r.data.source.bytes,
        slug: r.body.slug,
        name: r.body.name,
        registered: r.body.registered ? 1 : 0,
      });
    }
  });

  it('holds every cell of every table with its words, unknown cells as NULL', () => {
    let cells = 0;
    let unknown = 0;
    for (const r of reports) {
      const expected = TIDY_TABLES.flatMap((t) => tidyCells(r.data, t)).map((c) =>
        cellKey([c.table, c.rowKey, c.rowLabel, c.columnKey, c.columnLabel, c.unit, c.value, c.line]),
      );
      const actual = all(
        db,
        'SELECT "table", row_key, row_label, column_key, column_label, unit, value, source_line FROM cell_values WHERE report = ?',
        r.id,
      ).map((c) => cellKey(Object.values(c)));
      expect(actual.sort()).toEqual(expected.sort());
      cells += expected.length;
      unknown += TIDY_TABLES.flatMap((t) => tidyCells(r.data, t)).filter((c) => c.value === null).length;
    }
    expect(cells).toBeGreaterThan(500);
    expect(unknown).toBeGreaterThan(0);
    expect(one(db, 'SELECT count(*) AS n FROM cell_values').n).toBe(cells);
    expect(one(db, 'SELECT count(*) AS n FROM cell_values WHERE value IS NULL').n).toBe(unknown);
  });

  it('keeps an unknown cell NULL and a zero 0, and whole numbers as integers', () => {
    const r = reports.find((x) => tidyCells(x.data, 'applications').some((c) => c.value === null))!;
    const blank = tidyCells(r.data, 'applications').find((c) => c.value === null)!;
    const cell = one(
      db,
      `SELECT value, typeof(value) AS type FROM cell_values WHERE report = ? AND "table" = 'applications' AND row_key = ? AND column_key = ?`,
      r.id,
      blank.rowKey,
      blank.columnKey,
    );
    expect(cell).toEqual({ value: null, type: 'null' });
    const zero = reports.flatMap((x) => tidyCells(x.data, 'applications').map((c) => ({ id: x.id, c }))).find((x) => x.c.value === 0)!;
    expect(
      one(
        db,
        `SELECT typeof(value) AS type, value FROM cell_values WHERE report = ? AND "table" = 'applications' AND row_key = ? AND column_key = ?`,
        zero.id,
        zero.c.rowKey,
        zero.c.columnKey,
      ),
    ).toEqual({ type: 'integer', value: 0 });
    expect(one(db, "SELECT count(*) AS n FROM cell_values WHERE typeof(value) = 'real' AND value = CAST(value AS INTEGER)").n).toBe(0);
  });

  it('gives a report’s received total the same number as its JSON', () => {
    const r = reports.find((x) => typeof x.data.applications?.received?.total === 'number')!;
    const row = one(
      db,
      `SELECT v.v7 AS total FROM row_values v JOIN table_rows k USING (row_id) JOIN reports r USING (report_id)
       WHERE r.id = ? AND k.row_key = 'received' AND k.table_id = (SELECT table_id FROM tables WHERE name = 'applications')`,
      r.id,
    );
    expect(row.total).toBe(r.data.applications!.received!.total);
    expect(
      all(db, "SELECT column_key FROM row_columns JOIN table_rows USING (row_id) WHERE row_key = 'received' AND position = 7"),
    ).toContainEqual({
      column_key: 'total',
    });
  });

  it('holds every check, the report’s own and those across years, in order and in words', () => {
    let count = 0;
    for (const r of reports) {
      const checks = allChecks(r);
      const rows = all(db, 'SELECT * FROM check_results WHERE report = ? ORDER BY seq', r.id);
      expect(rows).toHaveLength(checks.length);
      rows.forEach((row, i) => {
        const c = checks[i]!;
        expect(row).toMatchObject({
          seq: i + 1,
          rule: c.rule,
          subject: c.subject,
          status: c.status,
          expected: c.expected,
          actual: c.actual,
          cells: c.cells.join(' '),
          message: c.message,
          cross_year: i >= r.data.checks.length && i < r.data.checks.length + r.crossYear.length ? 1 : 0,
        });
        expect(typeof row.rule_label).toBe('string');
        expect(typeof row.status_label).toBe('string');
      });
      count += checks.length;
    }
    expect(count).toBeGreaterThan(50);
    expect(one(db, 'SELECT count(*) AS n FROM checks').n).toBe(count);
  });

  it('lists the checks that did not pass in check_problems', () => {
    const problems = reports.flatMap((r) => allChecks(r).filter((c) => c.status !== 'pass'));
    expect(problems.length).toBeGreaterThan(0);
    expect(one(db, 'SELECT count(*) AS n FROM check_problems').n).toBe(problems.length);
    expect(one(db, "SELECT count(*) AS n FROM check_problems WHERE status = 'pass'").n).toBe(0);
  });

  it('marks the checks across years', () => {
    const base = reports[0]!;
    const crossYear = {
      rule: 'crossYear.carryOver',
      subject: 'total',
      status: 'fail' as const,
      expected: 4,
      actual: 3,
      cells: ['applications.carriedOver.total'],
      message: '上年结转应等于上年结转下年度',
    };
    const withCrossYear = open(buildDatabase([{ ...base, crossYear: [crossYear], publication: [] }], { nianbaoVersion: '0' }));
    const rows = all(
      withCrossYear,
      'SELECT rule, rule_label, status, status_label, expected, actual, cross_year, seq FROM check_results ORDER BY seq',
    );
    expect(rows).toHaveLength(base.data.checks.length + 1);
    expect(rows.at(-1)).toEqual({
      rule: 'crossYear.carryOver',
      rule_label: '上年结转与上年报告一致',
      status: 'fail',
      status_label: '不符',
      expected: 4,
      actual: 3,
      cross_year: 1,
      seq: rows.length,
    });
    expect(rows.slice(0, -1).every((r) => r.cross_year === 0)).toBe(true);
    withCrossYear.close();
  });

  it('holds the series as series.csv has it: a row per report and measure its format has, unknown NULL', () => {
    const fromDb = all(db, 'SELECT report, body, year, format, measure, measure_label, value, source, source_line FROM series_values');
    const expected = reports.flatMap(seriesRecords);
    const key = (r: unknown[]) => JSON.stringify(r.map((v) => (v === undefined ? null : v)));
    expect(fromDb.map((r) => key(Object.values(r))).sort()).toEqual(expected.map(key).sort());
    expect(
      one(db, "SELECT value, source, source_line FROM series_values WHERE report = 'ningxia/wuzhong/wuzhong-2017' AND measure = 'review'"),
    ).toEqual({
      value: 8,
      source: '四、行政复议数量',
      source_line: 294,
    });
  });

  it('has its indexes, and a query by row or by failing rule uses them', () => {
    const indexes = all(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").map(
      (r) => r.name,
    );
    expect(indexes).toEqual(['checks_not_passed', 'reports_by_body_year', 'reports_by_year', 'row_values_by_row']);
    const plan = (sql: string) =>
      all(db, `EXPLAIN QUERY PLAN ${sql}`)
        .map((r) => String(r.detail))
        .join('\n');
    expect(plan('SELECT * FROM row_values WHERE row_id = 3')).toContain('row_values_by_row');
    expect(plan("SELECT * FROM check_problems WHERE rule = 'applications.balance'")).toContain('checks_not_passed');
    expect(plan('SELECT * FROM reports WHERE year = 2021')).toContain('reports_by_year');
  });

  it('has the nianbao version in meta and no build time unless given one', () => {
    expect(all(db, 'SELECT key, value FROM meta ORDER BY key')).toEqual([
      { key: 'nianbao_version', value: '1.2.3' },
      { key: 'schema_version', value: '1' },
    ]);
    const dated = open(buildDatabase(reports, { nianbaoVersion: '1.2.3', builtAt: '2025-01-31T08:00:00Z' }));
    expect(one(dated, "SELECT value FROM meta WHERE key = 'built_at'")).toEqual({ value: '2025-01-31T08:00:00Z' });
    dated.close();
  });

  it('gives the same bytes for the same reports', () => {
    expect(Buffer.from(buildDatabase(reports, { nianbaoVersion: '1.2.3' })).equals(Buffer.from(bytes))).toBe(true);
  });

  it('lists every report with its body in report_list', () => {
    const rows = all(db, 'SELECT id, body FROM report_list');
    expect(rows).toHaveLength(reports.length);
    expect(rows).toContainEqual({ id: reports[0]!.id, body: reports[0]!.body.name });
  });
});

describe('a legacy table in the database', () => {
  const base = bundledCatalog().reports[0]!;
  const extra = Array.from({ length: ROW_VALUE_COLUMNS + 2 }, (_, i) => ({ label: `列${i + 1}`, value: i === 3 ? null : i }));
  const legacy: LegacyStatisticsRow[] = [
    { indicator: '一、主动公开', unit: null, value: null, level: 1, line: 10 },
    { indicator: '公开信息数', unit: '条', value: 5, extra, level: 2, line: 11 },
    { indicator: '公开信息数', unit: '条', value: null, level: 2, line: 12 },
  ];
  const report: DatabaseReport = { ...base, data: { ...base.data, legacyStatistics: legacy } };
  const db = open(buildDatabase([report], { nianbaoVersion: '0' }));

  it('keeps a row with more columns than row_values has, and an indicator listed twice', () => {
    const cells = all(db, `SELECT row_label, column_key, unit, value, source_line FROM cell_values WHERE "table" = 'legacyStatistics'`);
    expect(cells).toHaveLength(1 + extra.length + 1);
    expect(cells).toContainEqual({ row_label: '一、主动公开 › 公开信息数', column_key: '统计数', unit: '条', value: 5, source_line: 11 });
    expect(cells).toContainEqual({ row_label: '一、主动公开 › 公开信息数', column_key: '列4', unit: '条', value: null, source_line: 11 });
    expect(cells).toContainEqual({
      row_label: '一、主动公开 › 公开信息数',
      column_key: `列${extra.length}`,
      unit: '条',
      value: extra.length - 1,
      source_line: 11,
    });
    expect(cells).toContainEqual({
      row_label: '一、主动公开 › 公开信息数',
      column_key: '统计数',
      unit: '条',
      value: null,
      source_line: 12,
    });
    expect(all(db, 'SELECT part, repeat FROM table_rows WHERE table_id = 4 ORDER BY row_id')).toEqual([
      { part: 0, repeat: 0 },
      { part: 1, repeat: 0 },
      { part: 0, repeat: 1 },
    ]);
  });
});

describe('the database file without DatabaseSync.serialize (a Node older than 26)', () => {
  it('is vacuumed into a temporary file: the same pages, only the header counters differ', () => {
    const make = () => {
      const db = new DatabaseSync(':memory:');
      db.exec(
        "PRAGMA page_size = 4096; CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT); INSERT INTO t VALUES (1, '一'), (2, NULL); DELETE FROM t WHERE a = 1;",
      );
      return db;
    };
    const [a, b] = [make(), make()];
    const inMemory = vacuumedBytes(a, false);
    const viaFile = vacuumedBytes(b, true);
    expect(viaFile.length).toBe(inMemory.length);
    // The header's change counter (24–27), version-valid-for (92–95) and SQLite version (96–99) are
    // written to a file but left 0 in memory; every other byte is the same.
    const rest = (bytes: Uint8Array) =>
      [bytes.subarray(0, 24), bytes.subarray(28, 92), bytes.subarray(100)].map((x) => Buffer.from(x).toString('hex'));
    expect(rest(viaFile)).toEqual(rest(inMemory));
    expect(all(open(viaFile), 'SELECT * FROM t')).toEqual([{ a: 2, b: null }]);
    a.close();
    b.close();
  });
});

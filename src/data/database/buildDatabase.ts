// The catalogued reports → the bytes of data/nianbao.sqlite, built in memory with Node's own SQLite
// (node:sqlite) in one transaction through prepared statements, then vacuumed. Pure: the same
// reports and options give the same bytes (no clock is read; builtAt goes in only when passed).
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { ruleLabel } from '../../lib/reportPage/checkList.ts';
import { TIDY_TABLES } from '../tidy.ts';
import { ROW_VALUE_COLUMNS, tableRows } from './tableRows.ts';
import { type DataReport, allChecks } from '../types.ts';
import { STATUS_IDS, STATUS_ROWS, TABLE_IDS, TABLE_ROWS } from './codes.ts';
import { Keys, keyOf } from './keys.ts';
import { type Columns, TableRowIds } from './tableRowIds.ts';
import { DATABASE_SCHEMA_VERSION, SCHEMA_SQL } from './schema.ts';
import { vacuumedBytes } from './vacuumedBytes.ts';
import { seriesOfReport } from '../../portal/figures.ts';
import { MEASURES } from '../../portal/series/measures.ts';
import { sourceText } from '../../portal/series/reportSeries.ts';

/** A report as the catalog gives it; a body's level and region go in when known. */
export interface DatabaseReport extends DataReport {
  body: DataReport['body'] & { level?: string | null; region?: string[] };
}

export interface DatabaseOptions {
  nianbaoVersion: string;
  /** ISO 8601; left out of the file unless given, so that the same reports give the same bytes. */
  builtAt?: string;
}

/** SQLite's default: measured smallest at 10,000 reports (1 KiB and 2 KiB pages came out larger). */
const PAGE_SIZE = 4096;

type Sql = string | number | bigint | null;

/** Whole numbers as SQLite integers (a JS number binds as an 8-byte REAL; a small integer takes 1). */
function sqlNumber(value: string | number | null): Sql {
  return typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : value;
}

interface Statements {
  body: StatementSync;
  report: StatementSync;
  reportTable: StatementSync;
  rowValues: StatementSync;
  check: StatementSync;
  series: StatementSync;
}

function prepare(db: DatabaseSync): Statements {
  return {
    body: db.prepare('INSERT INTO bodies VALUES (?, ?, ?, ?, ?, ?)'),
    report: db.prepare('INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    reportTable: db.prepare('INSERT INTO report_tables VALUES (?, ?, ?)'),
    rowValues: db.prepare(`INSERT INTO row_values VALUES (?, ?, ?${', ?'.repeat(ROW_VALUE_COLUMNS)})`),
    check: db.prepare('INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?, ?)'),
    series: db.prepare('INSERT INTO series VALUES (?, ?, ?, ?, ?)'),
  };
}

interface Lookups {
  bodies: Keys<string>;
  rows: TableRowIds<{ row: Sql[]; columns: Columns }>;
  rules: Keys<string>;
  kinds: Keys<Sql[]>;
  messages: Keys<string>;
  seriesSources: Keys<string>;
}

function insertReport(s: Statements, k: Lookups, r: DatabaseReport, reportId: number): void {
  const { body, data } = r;
  const known = k.bodies.values.length;
  const bodyId = k.bodies.idOf(body.slug, () => body.slug);
  if (k.bodies.values.length > known) {
    s.body.run(
      bodyId,
      body.slug,
      body.name,
      body.registered ? 1 : 0,
      body.level ?? null,
      body.region?.length ? body.region.join(' › ') : null,
    );
  }
  s.report.run(
    reportId,
    r.id,
    bodyId,
    data.year,
    data.format,
    data.title,
    data.agency,
    data.publishedOn,
    data.period?.from ?? null,
    data.period?.to ?? null,
    data.source.path,
    data.source.sha256,
    data.source.bytes,
    data.source.encoding,
    data.frontMatter?.source ?? null,
  );
  for (const table of TIDY_TABLES) {
    const line = data.tableLines[table];
    if (line !== undefined) s.reportTable.run(reportId, TABLE_IDS[table], line);
  }
  const seen = new Map<string, number>();
  for (const row of tableRows(data)) {
    const tableId = TABLE_IDS[row.table];
    const name = keyOf(tableId, row.rowKey, row.rowLabel, row.unit, row.part);
    const repeat = seen.get(name) ?? 0;
    seen.set(name, repeat + 1);
    const rowId = k.rows.idOf(keyOf(name, repeat), row.columns, () => ({
      row: [tableId, row.rowKey, row.rowLabel, row.unit, repeat, row.part],
      columns: row.columns,
    }));
    const values: Sql[] = row.values.map(sqlNumber);
    while (values.length < ROW_VALUE_COLUMNS) values.push(null);
    s.rowValues.run(reportId, rowId, row.line, ...values);
  }
  const own = data.checks.length;
  allChecks(r).forEach((c, i) => {
    const ruleId = k.rules.idOf(c.rule, () => c.rule);
    const cells = c.cells.join(' ');
    const crossYear = i >= own && i < own + r.crossYear.length ? 1 : 0;
    const kindId = k.kinds.idOf(keyOf(ruleId, c.subject, cells, crossYear), () => [ruleId, c.subject, cells, crossYear]);
    const messageId = k.messages.idOf(c.message, () => c.message);
    s.check.run(reportId, i + 1, kindId, STATUS_IDS[c.status], sqlNumber(c.expected), sqlNumber(c.actual), messageId);
  });
  const series = seriesOfReport(data);
  MEASURES.forEach((m, i) => {
    const { value, source } = series[m.key];
    if (source === null) return;
    const text = sourceText(source);
    const sourceId = k.seriesSources.idOf(text, () => text);
    s.series.run(reportId, i + 1, sqlNumber(value), sourceId, source.format === 'legacy' ? source.line : null);
  });
}

function insertLookups(db: DatabaseSync, k: Lookups, options: DatabaseOptions): void {
  const meta = db.prepare('INSERT INTO meta VALUES (?, ?)');
  meta.run('nianbao_version', options.nianbaoVersion);
  meta.run('schema_version', DATABASE_SCHEMA_VERSION);
  if (options.builtAt !== undefined) meta.run('built_at', options.builtAt);
  const table = db.prepare('INSERT INTO tables VALUES (?, ?, ?)');
  for (const row of TABLE_ROWS) table.run(...row);
  const status = db.prepare('INSERT INTO statuses VALUES (?, ?, ?)');
  for (const row of STATUS_ROWS) status.run(...row);
  const row = db.prepare('INSERT INTO table_rows VALUES (?, ?, ?, ?, ?, ?, ?)');
  const column = db.prepare('INSERT INTO row_columns VALUES (?, ?, ?, ?)');
  k.rows.values.forEach((r, i) => {
    row.run(i + 1, ...r.row);
    r.columns.forEach(([key, label], j) => column.run(i + 1, j + 1, key, label));
  });
  const rule = db.prepare('INSERT INTO rules VALUES (?, ?, ?)');
  k.rules.values.forEach((r, i) => rule.run(i + 1, r, ruleLabel(r)));
  const kind = db.prepare('INSERT INTO check_kinds VALUES (?, ?, ?, ?, ?)');
  k.kinds.values.forEach((v, i) => kind.run(i + 1, ...v));
  const message = db.prepare('INSERT INTO messages VALUES (?, ?)');
  k.messages.values.forEach((m, i) => message.run(i + 1, m));
  const measure = db.prepare('INSERT INTO measures VALUES (?, ?, ?)');
  MEASURES.forEach((m, i) => measure.run(i + 1, m.key, m.label));
  const source = db.prepare('INSERT INTO series_sources VALUES (?, ?)');
  k.seriesSources.values.forEach((t, i) => source.run(i + 1, t));
}

export function buildDatabase(reports: readonly DatabaseReport[], options: DatabaseOptions): Uint8Array<ArrayBuffer> {
  // Keys are made here and checked by the tests (PRAGMA foreign_key_check): checking each insert
  // would look every lookup row up again.
  const db = new DatabaseSync(':memory:', { enableForeignKeyConstraints: false });
  try {
    db.exec(`PRAGMA page_size = ${PAGE_SIZE}; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;`);
    db.exec(SCHEMA_SQL);
    const lookups: Lookups = {
      bodies: new Keys(),
      rows: new TableRowIds(),
      rules: new Keys(),
      kinds: new Keys(),
      messages: new Keys(),
      seriesSources: new Keys(),
    };
    db.exec('BEGIN');
    const statements = prepare(db);
    reports.forEach((r, i) => insertReport(statements, lookups, r, i + 1));
    insertLookups(db, lookups, options);
    db.exec('COMMIT');
    return vacuumedBytes(db);
  } finally {
    db.close();
  }
}

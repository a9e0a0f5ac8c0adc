// The schema of data/nianbao.sqlite: small lookup tables hold every label once, the two large
// tables (row_values, checks) hold integer keys and numbers only, and views join the words back
// for readers of sqlite3 or Datasette. Unknown cells are NULL, never 0.

/** Bumped when a table or column changes meaning; readers find it in meta. */
export const DATABASE_SCHEMA_VERSION = '1';

/** Every check with its words: the check_results view, and check_problems with a condition. */
const CHECK_ROWS = `SELECT r.id AS report, b.name AS body, r.year, c.seq, u.rule, u.label AS rule_label, k.subject,
       s.status, s.label AS status_label, c.expected, c.actual, k.cells, m.message, k.cross_year
FROM checks c
JOIN reports r ON r.report_id = c.report_id
JOIN bodies b ON b.body_id = r.body_id
JOIN check_kinds k ON k.kind_id = c.kind_id
JOIN rules u ON u.rule_id = k.rule_id
JOIN statuses s ON s.status_id = c.status_id
JOIN messages m ON m.message_id = c.message_id`;

export const SCHEMA_SQL = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE bodies (
  body_id    INTEGER PRIMARY KEY,
  slug       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  registered INTEGER NOT NULL,          -- 1 in the agency registry, 0 not
  level      TEXT,                      -- province, city, county, township, department; NULL when unknown
  region     TEXT                       -- region path joined with ' › ', from the province down
);

CREATE TABLE reports (
  report_id       INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE, -- the site's report id: the file's path below content/reports, no .txt
  body_id         INTEGER NOT NULL REFERENCES bodies (body_id),
  year            INTEGER,
  format          TEXT NOT NULL,        -- 2021, 2019, legacy, unknown
  title           TEXT,
  signed_as       TEXT,                 -- the body as the report names itself
  published_on    TEXT,
  period_from     TEXT,
  period_to       TEXT,
  source_path     TEXT NOT NULL,
  source_sha256   TEXT NOT NULL,
  source_bytes    INTEGER NOT NULL,
  source_encoding TEXT NOT NULL,
  source_url      TEXT                  -- the front matter's source address, when given
);
CREATE INDEX reports_by_body_year ON reports (body_id, year);
CREATE INDEX reports_by_year ON reports (year);

CREATE TABLE tables (
  table_id INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,        -- proactive, applications, reviewLitigation, legacyStatistics
  label    TEXT NOT NULL
);

-- Where each table starts in a report's file (1-based line).
CREATE TABLE report_tables (
  report_id INTEGER NOT NULL REFERENCES reports (report_id),
  table_id  INTEGER NOT NULL REFERENCES tables (table_id),
  line      INTEGER NOT NULL,
  PRIMARY KEY (report_id, table_id)
) WITHOUT ROWID;

-- One row of an official table as reports print it: the table, the row's key and label, the legacy
-- table's unit, and its columns (row_columns). Table 2's rows differ between formats, so the same
-- row key can have several entries here. repeat is 0, or n for the (n+1)th row of the same
-- indicator in one legacy table; part is 0, or n for columns 8n+1 … 8n+8 of a row that has more.
CREATE TABLE table_rows (
  row_id    INTEGER PRIMARY KEY,
  table_id  INTEGER NOT NULL REFERENCES tables (table_id),
  row_key   TEXT NOT NULL,              -- the spec's key; a legacy row's indicator as written
  row_label TEXT NOT NULL,              -- legacy rows: the indicator after its parents, joined with ' › '
  unit      TEXT,                       -- legacy rows only (条, 件, …); tables 2–4 give units in column labels
  repeat    INTEGER NOT NULL,
  part      INTEGER NOT NULL
);

-- The columns of each table row, in order: value v<position> of row_values.
CREATE TABLE row_columns (
  row_id       INTEGER NOT NULL REFERENCES table_rows (row_id),
  position     INTEGER NOT NULL,        -- 1 … 8
  column_key   TEXT NOT NULL,
  column_label TEXT NOT NULL,
  PRIMARY KEY (row_id, position)
) WITHOUT ROWID;

-- Every row of every report's tables, one value per column: v1 … v8 in row_columns' order.
-- NULL = unknown (blank, a dash, unreadable), never 0; a position the row has no column for is NULL
-- too (see row_columns, or read the cell_values view, which lists real cells only).
CREATE TABLE row_values (
  report_id INTEGER NOT NULL REFERENCES reports (report_id),
  row_id    INTEGER NOT NULL REFERENCES table_rows (row_id),
  line      INTEGER,                    -- the legacy row's source line; NULL in tables 2–4 (see report_tables)
  v1 NUMERIC, v2 NUMERIC, v3 NUMERIC, v4 NUMERIC, v5 NUMERIC, v6 NUMERIC, v7 NUMERIC, v8 NUMERIC,
  PRIMARY KEY (report_id, row_id)
) WITHOUT ROWID;
CREATE INDEX row_values_by_row ON row_values (row_id);

CREATE TABLE statuses (
  status_id INTEGER PRIMARY KEY,
  status    TEXT NOT NULL UNIQUE,       -- pass, fail, uncheckable
  label     TEXT NOT NULL
);

CREATE TABLE rules (
  rule_id INTEGER PRIMARY KEY,
  rule    TEXT NOT NULL UNIQUE,         -- applications.balance, crossYear.carryOver, …
  label   TEXT NOT NULL
);

-- What one check is about: its rule, subject and the cells it reads (table.row.column, space-separated);
-- cross_year = 1 for a check against the same body's report of the year before.
CREATE TABLE check_kinds (
  kind_id    INTEGER PRIMARY KEY,
  rule_id    INTEGER NOT NULL REFERENCES rules (rule_id),
  subject    TEXT,
  cells      TEXT NOT NULL,
  cross_year INTEGER NOT NULL,
  UNIQUE (rule_id, subject, cells, cross_year)
);

-- The messages, each text once.
CREATE TABLE messages (
  message_id INTEGER PRIMARY KEY,
  message    TEXT NOT NULL UNIQUE
);

-- Every rule result: a report's own checks in order (seq from 1), then those across years.
CREATE TABLE checks (
  report_id  INTEGER NOT NULL REFERENCES reports (report_id),
  seq        INTEGER NOT NULL,
  kind_id    INTEGER NOT NULL REFERENCES check_kinds (kind_id),
  status_id  INTEGER NOT NULL REFERENCES statuses (status_id),
  expected,                             -- a number, a text or NULL, as the rule gives it
  actual,
  message_id INTEGER NOT NULL REFERENCES messages (message_id),
  PRIMARY KEY (report_id, seq)
) WITHOUT ROWID;
-- The checks that did not pass, by what they check (most pass: a full index would double the table).
-- A query uses it when it says status_id <> 0, as the check_problems view does.
CREATE INDEX checks_not_passed ON checks (kind_id, status_id) WHERE status_id <> 0;

CREATE VIEW report_list AS
SELECT r.report_id, r.id, b.name AS body, b.slug AS body_slug, b.region, r.year, r.format, r.title,
       r.published_on, r.source_path, r.source_sha256
FROM reports r JOIN bodies b ON b.body_id = r.body_id;

-- One line per cell with its words (the shape of a tidy table: one row per cell).
CREATE VIEW cell_values AS
SELECT r.id AS report, b.name AS body, r.year, r.format, t.name AS "table", t.label AS table_label,
       k.row_key, k.row_label, c.column_key, c.column_label, k.unit,
       CASE c.position WHEN 1 THEN v.v1 WHEN 2 THEN v.v2 WHEN 3 THEN v.v3 WHEN 4 THEN v.v4
                       WHEN 5 THEN v.v5 WHEN 6 THEN v.v6 WHEN 7 THEN v.v7 WHEN 8 THEN v.v8 END AS value,
       coalesce(v.line, rt.line) AS source_line
FROM row_values v
JOIN table_rows k ON k.row_id = v.row_id
JOIN row_columns c ON c.row_id = v.row_id
JOIN reports r ON r.report_id = v.report_id
JOIN bodies b ON b.body_id = r.body_id
JOIN tables t ON t.table_id = k.table_id
LEFT JOIN report_tables rt ON rt.report_id = v.report_id AND rt.table_id = k.table_id;

-- The harmonised series (src/portal/series/measures.ts): the measures the three formats share.
CREATE TABLE measures (
  measure_id INTEGER PRIMARY KEY,
  measure    TEXT NOT NULL UNIQUE,      -- received, carriedOver, processed, granted, …
  label      TEXT NOT NULL
);

-- Where a series value came from: table/row/column (2019, 2021), or a legacy 统计表's indicator as written.
CREATE TABLE series_sources (
  source_id INTEGER PRIMARY KEY,
  source    TEXT NOT NULL UNIQUE
);

-- One value per report and measure its format has (a measure the format lacks has no row).
-- NULL = unknown, never 0; line is the legacy indicator's source line, NULL for tables 3 and 4.
CREATE TABLE series (
  report_id  INTEGER NOT NULL REFERENCES reports (report_id),
  measure_id INTEGER NOT NULL REFERENCES measures (measure_id),
  value      NUMERIC,
  source_id  INTEGER NOT NULL REFERENCES series_sources (source_id),
  line       INTEGER,
  PRIMARY KEY (report_id, measure_id)
) WITHOUT ROWID;

CREATE VIEW series_values AS
SELECT r.id AS report, b.name AS body, r.year, r.format, m.measure, m.label AS measure_label, s.value,
       o.source, s.line AS source_line
FROM series s
JOIN reports r ON r.report_id = s.report_id
JOIN bodies b ON b.body_id = r.body_id
JOIN measures m ON m.measure_id = s.measure_id
JOIN series_sources o ON o.source_id = s.source_id;

CREATE VIEW check_results AS
${CHECK_ROWS};

-- The checks that did not pass (不符 or 无法核对), found through checks_not_passed.
CREATE VIEW check_problems AS
${CHECK_ROWS}
WHERE c.status_id <> 0;
`;

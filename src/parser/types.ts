// The public data contract of a parsed report (see ../shared/spec/report-format.md).
// Field names here are read by other programs: change them only with the spec, and with the zod schemas
// of src/schema/report.ts (test/schema/reportContract.test.ts fails tsc when the two differ).

/** A table cell: a number as printed, or null when blank, a dash, lost or unreadable. Never 0 for unknown. */
export type Cell = number | null;

export type ReportFormat = '2021' | '2019' | 'legacy' | 'unknown';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  code: string;
  /** In Simplified Chinese, for the body's staff and the portal's readers. */
  message: string;
  /** 1-based line of the source file, or null when the whole file is concerned. */
  line: number | null;
}

export type CheckStatus = 'pass' | 'fail' | 'uncheckable';

export interface Check {
  rule: string;
  /** What the rule instance is about: a column, a row, a group or a cell path; null for the whole report. */
  subject: string | null;
  status: CheckStatus;
  expected: number | string | null;
  actual: number | string | null;
  /** Cell paths (`table.row.column`) the rule reads, so a page can mark them. */
  cells: string[];
  message: string;
}

export type SectionKey = 'overview' | 'proactive' | 'applications' | 'reviewLitigation' | 'problems' | 'other' | 'fees' | 'statistics';

export type TableName = 'proactive' | 'applications' | 'reviewLitigation' | 'legacyStatistics';

export type Block =
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'subheading'; text: string; line: number }
  /** Where an official table stands in the text; its data is in the report's table fields. */
  | { type: 'table'; table: TableName; line: number }
  /** A fragment of another document or an unrecognised grid, kept as written but never read as data. */
  | { type: 'fragment'; lines: string[]; line: number };

export interface Section {
  /** The numeral as written (一 → 1); null for a heading without one. */
  number: number | null;
  key: SectionKey | null;
  heading: string;
  line: number;
  blocks: Block[];
}

export interface Period {
  from: string;
  to: string;
  line: number;
}

export type TableRows = Record<string, Record<string, Cell>>;

export interface ReviewLitigation {
  review: Record<string, Cell>;
  litigationDirect: Record<string, Cell>;
  litigationAfterReview: Record<string, Cell>;
}

export interface LegacyStatisticsRow {
  indicator: string;
  unit: string | null;
  value: Cell;
  /** Further value columns such as 历年累计, kept apart from the year's value. */
  extra?: { label: string; value: Cell }[];
  level: number;
  line: number;
}

export interface Report {
  path: string;
  /** The body as the report names itself; `agency` is its contract name in the spec (report-format.md), elsewhere the code says body. */
  agency: string | null;
  year: number | null;
  format: ReportFormat;
  title: string | null;
  publishedOn: string | null;
  period: Period | null;
  /** Text before the first section heading. */
  preamble: Block[];
  sections: Section[];
  proactive: TableRows | null;
  applications: TableRows | null;
  reviewLitigation: ReviewLitigation | null;
  legacyStatistics: LegacyStatisticsRow[] | null;
  /** Source line of each table's first row, for links from checks to cells. */
  tableLines: Partial<Record<TableName, number>>;
  checks: Check[];
  diagnostics: Diagnostic[];
}

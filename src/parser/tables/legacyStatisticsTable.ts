// Reads the legacy 统计表 (统计指标 / 单位 / 统计数, sometimes with 历年累计), as a grid or flattened
// into running text with the numbers run together.
import { EM_DASH, EN_DASH, HYPHEN_MINUS, LOW_LINE } from '../codePoints.ts';
import type { Cell, Diagnostic, LegacyStatisticsRow } from '../types.ts';
import type { SourceText } from '../sourceText.ts';
import { type ColumnSpec, type Reading, agreedCells, alignRow } from '../alignCells.ts';
import { cellValue, gridCells, isGridLine, readRecords } from '../tokens.ts';
import { isRun } from '../records.ts';
import { compact, isSpace } from '../text.ts';
import { filterByRowRule } from './resolveReadings.ts';
import { legacyLevels } from './legacyLevels.ts';
import type { TableResult } from './applicationsTable.ts';

const UNITS = ['人次', '万元', '条', '件', '个', '次', '项', '篇', '元', '人', '场', '期', '家', '份', '%'];
const PLAIN_HEADER = /(?:统计指标|指标名称)\s*(?:计量\s*)?单\s*位\s*(\d{4}\s*年\s*度?|本\s*年\s*度?|统\s*计\s*数)(\s*历\s*年\s*累\s*计)?/;

interface RawRows {
  rows: RawRow[];
  labels: string[];
  end: number;
}

interface RawRow {
  indicator: string;
  unit: string | null;
  readings: Reading[];
  lost: boolean;
  line: number;
  /** The row's numbers as written, for a message; built only when one is needed. */
  text: () => string;
}

// The header patterns of findLegacyHeader, tried where a header can start.
const PLAIN_HEADER_AT = new RegExp(PLAIN_HEADER.source, 'y');
const GRID_HEADER_AT = /(?:统计指标|指标名称)[ \t]*\t/y;

/**
 * Where the legacy table's header is; it runs on every report, most of which have none. A header
 * starts with 统计指标 or 指标名称: it is tried only two characters before each 指标 and at it, in
 * order (two 指标 stand at least two apart), in one walk over the 指标 rather than a regex scan
 * through the rest of the text for each form. The first plain header wins, else the first grid one.
 */
export function findLegacyHeader(clean: string): { index: number; end: number } | null {
  let grid = -1;
  let previous = -1;
  for (let at = clean.indexOf('指标'); at !== -1; previous = at, at = clean.indexOf('指标', at + 2)) {
    // 统计指标 starts two before its 指标: tried unless that is where the last 指标 was tried.
    for (let start = at >= 2 && at - 2 !== previous ? at - 2 : at; start <= at; start += 2) {
      if (matchesAt(PLAIN_HEADER_AT, clean, start)) return { index: start, end: PLAIN_HEADER_AT.lastIndex };
      if (grid === -1 && matchesAt(GRID_HEADER_AT, clean, start)) grid = start;
    }
  }
  return grid === -1 ? null : { index: grid, end: grid };
}

function matchesAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

export function readLegacyStatistics(
  src: SourceText,
  clean: string,
  start: number,
  end: number,
): TableResult<LegacyStatisticsRow[]> | null {
  const firstLine = src.lineAt(start);
  const headerIsGrid = isGridLine(src.line(firstLine));
  // A grid's header is a row of its own; the plain header is searched for only in running text.
  const header = headerIsGrid ? null : PLAIN_HEADER.exec(clean.slice(start, end));
  const rows = headerIsGrid
    ? gridRows(src, clean, start, end)
    : header
      ? plainRows(src, clean, start + header.index + header[0].length, end, header)
      : null;
  if (!rows || rows.rows.length === 0) return null;
  const diagnostics: Diagnostic[] = [];
  // Numbering and 其中 are read from the compact form, made once per row.
  const compacted: string[] = [];
  for (const r of rows.rows) compacted.push(compact(r.indicator));
  const levels = legacyLevels(compacted);
  narrowByParts(rows.rows, compacted, levels);
  const width = rows.labels.length;
  const extraLabels = rows.labels.slice(1);
  const out: LegacyStatisticsRow[] = [];
  for (let i = 0; i < rows.rows.length; i++) {
    const r = rows.rows[i] as RawRow;
    // A flattened row is read only when exactly one split of its digits is left.
    const cells: Cell[] = r.lost || r.readings.length !== 1 ? new Array(width).fill(null) : agreedCells(r.readings, width);
    if (r.readings.length > 1 && cells.includes(null)) {
      diagnostics.push({
        severity: 'warning',
        code: 'cells.ambiguous',
        message: `统计表“${r.indicator}”的数字“${r.text()}”连在一起，有 ${r.readings.length} 种拆分都说得通，无法确定的格记为未知。`,
        line: r.line,
      });
    } else if (r.lost) {
      diagnostics.push({
        severity: 'warning',
        code: 'cells.lost',
        message: `统计表“${r.indicator}”的数字少于栏数，记为未知。`,
        line: r.line,
      });
    }
    const row: LegacyStatisticsRow = { indicator: r.indicator, unit: r.unit, value: cells[0] ?? null, level: levels[i] ?? 1, line: r.line };
    if (width > 1) {
      const extra: { label: string; value: Cell }[] = [];
      for (let k = 0; k < extraLabels.length; k++) extra.push({ label: extraLabels[k] as string, value: cells[k + 1] ?? null });
      row.extra = extra;
    }
    out.push(row);
  }
  return { rows: out, line: out[0]?.line ?? 0, end: rows.end, diagnostics };
}

const LABELS_ROW = /^(统计指标|指标名称)/;

function gridRows(src: SourceText, clean: string, start: number, end: number): RawRows {
  const rows: RawRow[] = [];
  let labels: string[] = ['统计数'];
  let last = start;
  const lastLine = src.lineAt(Math.max(start, end - 1));
  for (let line = src.lineAt(start); line <= lastLine; line++) {
    const lineEnd = src.lineEnd(line);
    const text = clean.slice(src.lineStart(line), lineEnd);
    if (!isGridLine(text)) continue;
    // Only the cells read are cut out: indicator, unit and one per value column.
    const cells = leadingCells(text, 2 + labels.length);
    // Both heading words have 指: other rows need not be compacted to be told apart.
    const first = cells[0] ?? '';
    if (first.includes('指') && LABELS_ROW.test(compact(first))) {
      labels = trimmedCells(text)
        .slice(2)
        .filter((c) => c !== '')
        .map((c) => compact(c));
      if (labels.length === 0) labels = ['统计数'];
      continue;
    }
    // Cells are trimmed, so the indicator has no trailing white space.
    const indicator = first;
    if (indicator === '') continue;
    const unitCell = cells[1] ?? '';
    const values: Cell[] = [];
    for (let k = 0; k < labels.length; k++) {
      const v = cellValue(cells[2 + k] ?? '');
      values.push(v === 'blank' ? null : v);
    }
    rows.push({
      indicator,
      unit: isDash(unitCell) ? null : unitCell,
      readings: [values],
      lost: false,
      line,
      text: () => trimmedCells(text).slice(2).join(' '),
    });
    last = lineEnd;
  }
  return { rows, labels, end: last };
}

/** A grid line's cells as gridCells cuts them, trimmed. */
function trimmedCells(text: string): string[] {
  return gridCells(text).map((c) => c.trim());
}

/** The first `count` of trimmedCells (fewer when the line has fewer); a tab line is not split whole. */
function leadingCells(text: string, count: number): string[] {
  if (!text.includes('\t')) return trimmedCells(text).slice(0, count);
  const cells: string[] = [];
  for (let from = 0; cells.length < count;) {
    const tab = text.indexOf('\t', from);
    cells.push((tab === -1 ? text.slice(from) : text.slice(from, tab)).trim());
    if (tab === -1) break;
    from = tab + 1;
  }
  return cells;
}

/** A unit cell of nothing but white space and dashes (/^[\s\-—–_]*$/), read by character codes. */
function isDash(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (!isSpace(c) && c !== HYPHEN_MINUS && c !== EM_DASH && c !== EN_DASH && c !== LOW_LINE) return false;
  }
  return true;
}

function plainRows(src: SourceText, clean: string, start: number, end: number, header: RegExpExecArray): RawRows {
  const labels = [compact(header[1] ?? '统计数'), ...(header[2] ? ['历年累计'] : [])];
  const columns: ColumnSpec[] = labels.map(() => ({ decimal: true, signed: false }));
  const records = readRecords(src, clean, start, end, { absorbUnits: false });
  const rows: RawRow[] = [];
  let last = start;
  for (const record of records) {
    const { indicator: label, unit } = splitUnit(record.label.trim());
    const alignment = alignRow(record.chunks, columns, { leadingPlaceholders: false, trailingArtefacts: false });
    rows.push({
      indicator: label,
      unit,
      readings: labels.length === 2 ? withinAccumulated(alignment.readings) : alignment.readings,
      lost: alignment.lost || alignment.tooMany,
      line: record.line,
      text: () => record.chunks.map((c) => (isRun(c) ? c : String(c ?? ''))).join(' '),
    });
    last = Math.max(last, record.end);
  }
  return { rows, labels, end: last };
}

/** The unit printed at the end of an indicator, possibly spaced out (`人 次`). */
export function splitUnit(label: string): { indicator: string; unit: string | null } {
  // The last two non-space characters (-1 when there is none); every unit is one or two long.
  let last = label.length - 1;
  while (last >= 0 && isSpace(label.charCodeAt(last))) last--;
  let before = last - 1;
  while (before >= 0 && isSpace(label.charCodeAt(before))) before--;
  if (last < 0) return { indicator: label, unit: null };
  for (const u of UNITS) {
    if (u.length === 1 ? label[last] === u : before >= 0 && label[before] === u[0] && label[last] === u[1]) {
      return { indicator: label.slice(0, u.length === 1 ? last : before).trim(), unit: u };
    }
  }
  return { indicator: label, unit: null };
}

/** 历年累计 counts every year including this one, so it is never below the year's figure. */
function withinAccumulated(readings: Reading[]): Reading[] {
  const kept: Reading[] = [];
  for (const r of readings) if ((r[0] ?? 0) <= (r[1] ?? 0)) kept.push(r);
  return kept;
}

/** A row followed by `其中：1. … 2. …` parts: where the parts sum to it in exactly the surviving readings, keep those. */
function narrowByParts(rows: RawRow[], compacted: string[], levels: number[]): void {
  for (let p = 0; p < rows.length; p++) {
    const parentLevel = levels[p] ?? 1;
    if (!partsFollow(p, compacted, levels)) continue;
    const parts: number[] = [];
    for (let c = p + 1; c < rows.length && (levels[c] ?? 1) > parentLevel; c++) {
      if ((levels[c] ?? 1) === parentLevel + 1) parts.push(c);
    }
    if (parts.length === 0 || !(compacted[parts[0] as number] as string).startsWith('其中')) continue;
    const group = [p, ...parts].map((i) => rows[i] as RawRow);
    if (group.every((r) => r.readings.length <= 1)) continue;
    const combos = group.reduce((n, r) => n * Math.max(1, r.readings.length), 1);
    if (combos > 20000 || group.some((r) => r.readings.length === 0)) continue;
    const survivors = group.map(() => new Set<number>());
    for (let n = 0; n < combos; n++) {
      let rest = n;
      const pick = group.map((r) => {
        const i = rest % r.readings.length;
        rest = Math.floor(rest / r.readings.length);
        return i;
      });
      const chosen = group.map((r, i) => r.readings[pick[i] as number] as Reading);
      const parent = chosen[0] as Reading;
      const holds = parent.every((v, col) => {
        const sum = chosen
          .slice(1)
          .reduce<number | null>((s, r) => (s === null || r[col] === null || r[col] === undefined ? null : s + (r[col] as number)), 0);
        return v === null || sum === null || Math.abs(v - sum) < 1e-9;
      });
      if (holds) pick.forEach((i, g) => survivors[g]?.add(i));
    }
    // The parts of a 其中 list need not cover the whole; when no combination sums, nothing is narrowed.
    if (survivors.some((s) => s.size === 0)) continue;
    group.forEach((r, g) => {
      r.readings = filterByRowRule(
        r.readings.filter((_, i) => survivors[g]?.has(i)),
        () => true,
      );
    });
  }
}

/** Whether row p's first part (the first row one level below it, before the rows below it end) is a 其中. */
function partsFollow(p: number, compacted: string[], levels: number[]): boolean {
  const parentLevel = levels[p] ?? 1;
  for (let c = p + 1; c < compacted.length && (levels[c] ?? 1) > parentLevel; c++) {
    if ((levels[c] ?? 1) === parentLevel + 1) return (compacted[c] as string).startsWith('其中');
  }
  return false;
}

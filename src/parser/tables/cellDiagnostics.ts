// What a reader must be told about how one row's cells were read.
import type { Diagnostic } from '../types.ts';
import { type RowRecord, isRun } from '../records.ts';
import type { RowReadings } from './resolveReadings.ts';

/** Appends to `out` what the reader must be told (most rows: nothing). */
export function cellDiagnostics(
  out: Diagnostic[],
  table: string,
  rowLabel: string,
  record: RowRecord,
  r: RowReadings,
  byPosition: boolean,
): void {
  const line = record.line;
  if (byPosition) {
    out.push({
      severity: 'info',
      code: 'row.byPosition',
      message: `${table}第 ${line} 行的数字没有行名，按表格行序确定为“${rowLabel}”。`,
      line,
    });
  }
  if (r.alignment.tooMany) {
    out.push({
      severity: 'warning',
      code: 'cells.ambiguous',
      message: `${table}“${rowLabel}”的数字“${runsOf(record)}”连在一起，可能的拆分过多，各格记为未知。`,
      line,
    });
  } else if (r.alignment.lost) {
    out.push({
      severity: 'warning',
      code: 'cells.lost',
      message: `${table}“${rowLabel}”的数字少于栏数，无法确定缺失的是哪一格，该行各格记为未知。`,
      line,
    });
  } else if (r.readings.length === 0) {
    out.push({
      severity: 'warning',
      code: 'cells.misaligned',
      message: `${table}“${rowLabel}”的数字多于栏数，无法与表头对应，该行各格记为未知。`,
      line,
    });
  } else if (r.readings.length > 1) {
    const why = !r.runTogether
      ? `${table}“${rowLabel}”有空格，无法确定各数字对应的栏目，无法确定的格记为未知。`
      : r.ruleHeld
        ? `${table}“${rowLabel}”的数字“${runsOf(record)}”连在一起，有 ${r.readings.length} 种拆分都符合表内勾稽关系，该行各格记为未知。`
        : `${table}“${rowLabel}”的数字“${runsOf(record)}”连在一起，可拆分为 ${r.readings.length} 种，表内勾稽关系无法确定是哪一种，该行各格记为未知。`;
    out.push({ severity: 'warning', code: 'cells.ambiguous', message: why, line });
  } else if (r.initial > 1) {
    out.push({
      severity: 'info',
      code: 'cells.split',
      message: `${table}“${rowLabel}”的数字“${runsOf(record)}”连在一起，按表内勾稽关系只有一种拆分：${r.readings[0]?.join('|')}。`,
      line,
    });
  }
}

/** The row's runs of digits as written, for a message (most rows need no message). */
function runsOf(record: RowRecord): string {
  const runs: string[] = [];
  for (const c of record.chunks) if (isRun(c)) runs.push(c);
  return runs.join(' ');
}

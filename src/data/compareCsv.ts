// The compare view's data as one tidy CSV (UTF-8 with BOM): tables 3 and 4 of the chosen reports,
// cell by cell, and their key rates with numerator and denominator. Built in the browser.
import type { Cell } from '../parser/index.ts';
import { type CsvValue, csvDocument } from './csv.ts';
import type { CompareLabels, CompareReport } from './compareTypes.ts';
import { RATE_KEYS, RATE_LABELS, reportRates } from './rates.ts';
import { CELL_COLUMNS, REPORT_COLUMNS, SOURCE_COLUMNS } from './csvColumns.ts';

export const COMPARE_CSV_HEADER = [...REPORT_COLUMNS, ...CELL_COLUMNS, ...SOURCE_COLUMNS] as const;

export function compareCsv(labels: CompareLabels, reports: readonly CompareReport[]): string {
  const rowLabel = new Map(labels.applicationRows);
  const columnLabel = new Map(labels.applicationColumns);
  const groupLabel = new Map(labels.reviewGroups);
  const reviewColumnLabel = new Map(labels.reviewColumns);
  const records: CsvValue[][] = [];
  for (const r of reports) {
    const lead = [r.id, r.body, r.bodySlug, r.year, r.format];
    const tail = [r.sourcePath, r.sourceSha256];
    for (const [row, cells] of Object.entries(r.applications ?? {})) {
      for (const [column, value] of Object.entries(cells)) {
        records.push([...lead, 'applications', row, rowLabel.get(row) ?? row, column, columnLabel.get(column) ?? column, value, ...tail]);
      }
    }
    for (const [group, cells] of Object.entries((r.reviewLitigation ?? {}) as Record<string, Record<string, Cell>>)) {
      for (const [column, value] of Object.entries(cells)) {
        records.push([
          ...lead,
          'reviewLitigation',
          group,
          groupLabel.get(group) ?? group,
          column,
          reviewColumnLabel.get(column) ?? column,
          value,
          ...tail,
        ]);
      }
    }
    const rates = reportRates(r);
    for (const key of RATE_KEYS) {
      const rate = rates[key];
      const label = RATE_LABELS[key];
      records.push([...lead, 'rates', key, label, 'numerator', '分子', rate.numerator, ...tail]);
      records.push([...lead, 'rates', key, label, 'denominator', '分母', rate.denominator, ...tail]);
      records.push([...lead, 'rates', key, label, 'rate', '比率（小数；分母未知或小于 5 时为空）', rate.value, ...tail]);
    }
  }
  return csvDocument(COMPARE_CSV_HEADER, records);
}

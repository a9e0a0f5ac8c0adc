// One line per generated report: what it is meant to say, for readers of a corpus folder and tests.
import type { ReportIntent } from './report.ts';

export const MANIFEST_COLUMNS = [
  'path',
  'slug',
  'signedAs',
  'year',
  'format',
  'profile',
  'frontMatter',
  'broken',
  'tablesReadable',
] as const;

export function manifestHeader(): string {
  return `${MANIFEST_COLUMNS.join('\t')}\n`;
}

export function manifestLine(intent: ReportIntent): string {
  return `${MANIFEST_COLUMNS.map((c) => String(intent[c] ?? '')).join('\t')}\n`;
}

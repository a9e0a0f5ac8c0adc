// The downloads of every report are written in pieces (one report each) so that no single string
// holds them; the pieces make the same bytes as the whole documents.
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundledCatalog.ts';
import { reportsDocument, reportsDocumentChunks } from '../../src/data/publishedReport.ts';
import { CHECKS_HEADER, TIDY_HEADER, checksCsvChunks, tidyCsvChunks, tidyRecords } from '../../src/data/tidyCsv.ts';
import { csvDocument } from '../../src/data/csv.ts';
import { allChecks } from '../../src/data/types.ts';
import { CSV_TYPE, streamResponse } from '../../src/data/responses.ts';

const provenance = { nianbaoVersion: '1.2.3', builtAt: '2025-01-31T08:00:00Z' };
const SITE = 'https://gk.example.gov.cn/nianbao/';
const reports = bundledCatalog().reports;

describe('downloads written in pieces', () => {
  it('make reports.json byte for byte as JSON.stringify makes the whole document', () => {
    const pieces = [...reportsDocumentChunks(reports, provenance, SITE)];
    expect(pieces.length).toBe(reports.length + 2);
    expect(pieces.join('')).toBe(`${JSON.stringify(reportsDocument(reports, provenance, SITE))}\n`);
  });

  it('make each tidy CSV and checks.csv as the whole-document writer does', () => {
    for (const table of ['proactive', 'applications', 'reviewLitigation', 'legacyStatistics'] as const) {
      expect([...tidyCsvChunks(reports, table)].join('')).toBe(csvDocument(TIDY_HEADER, tidyRecords(reports, table)));
    }
    const checks = reports.flatMap((r) => allChecks(r));
    const text = [...checksCsvChunks(reports)].join('');
    expect(text.startsWith(`\uFEFF${CHECKS_HEADER.join(',')}\r\n`)).toBe(true);
    expect(text.split('\r\n').length - 2).toBe(checks.length);
  });

  it('send the pieces as one body, in order', async () => {
    const response = streamResponse(['a,b\r\n', '甲,乙\r\n', '1,2\r\n'], CSV_TYPE);
    expect(response.headers.get('Content-Type')).toBe(CSV_TYPE);
    expect(await response.text()).toBe('a,b\r\n甲,乙\r\n1,2\r\n');
  });
});

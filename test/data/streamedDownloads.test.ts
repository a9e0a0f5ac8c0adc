// The downloads of many reports are written in pieces (one report each) so that no single string
// holds them; the pieces make the same bytes as the whole documents.
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundledCatalog.ts';
import { reportsDocument, reportsDocumentChunks } from '../../src/data/publishedReport.ts';
import { REPORTS_HEADER, reportRecord, reportsCsvChunks } from '../../src/data/reportsCsv.ts';
import { bulkCsvChunks, bulkFiles, bulkHeader, bulkRecords } from '../../src/data/yearFiles.ts';
import { csvDocument } from '../../src/data/csv.ts';
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

  it('make each bulk CSV and reports.csv as the whole-document writer does, one piece per report', () => {
    for (const file of bulkFiles(reports)) {
      const pieces = [...bulkCsvChunks(file)];
      expect(pieces.length).toBe(file.slices.length + 1);
      expect(pieces.join('')).toBe(
        csvDocument(
          bulkHeader(file.kind),
          file.slices.flatMap((s) => bulkRecords(s.report, file.kind)),
        ),
      );
    }
    expect([...reportsCsvChunks(reports, SITE)].join('')).toBe(
      csvDocument(
        REPORTS_HEADER,
        reports.map((r) => reportRecord(r, SITE)),
      ),
    );
  });

  it('send the pieces as one body, in order', async () => {
    const response = streamResponse(['a,b\r\n', '甲,乙\r\n', '1,2\r\n'], CSV_TYPE);
    expect(response.headers.get('Content-Type')).toBe(CSV_TYPE);
    expect(await response.text()).toBe('a,b\r\n甲,乙\r\n1,2\r\n');
  });
});

// The .csv.gz downloads: gzip that unpacks to the CSV byte for byte, and the same bytes from the same
// CSV on every build (no time stamp, no OS in the header).
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipText, gzipDeterministic } from '../../src/data/gzip.ts';
import { reportsCsv } from '../../src/data/reportsCsv.ts';
import { bulkCsv, bulkFiles } from '../../src/data/yearFiles.ts';
import { bundledCatalog } from './bundledCatalog.ts';

const reports = bundledCatalog().reports;
const SITE = 'https://gk.example.gov.cn/nianbao/';

describe('gzipDeterministic', () => {
  it('unpacks to every bulk CSV and reports.csv exactly, BOM included', () => {
    const texts = [...bulkFiles(reports).map(bulkCsv), reportsCsv(reports, SITE)];
    for (const text of texts) {
      const packed = gzipDeterministic(Buffer.from(text, 'utf8'));
      expect(gunzipText(packed)).toBe(text);
      expect(gunzipSync(packed).equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(packed.length).toBeLessThan(Buffer.byteLength(text));
    }
  });

  it('gives the same bytes for the same CSV, with no time and an unknown OS in the header', () => {
    const text = bulkCsv(bulkFiles(reports)[0]!);
    const a = gzipDeterministic(Buffer.from(text, 'utf8'));
    const b = gzipDeterministic(Buffer.from(text, 'utf8'));
    expect(a.equals(b)).toBe(true);
    expect([...a.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(a.readUInt32LE(4)).toBe(0);
    expect(a[9]).toBe(255);
  });
});

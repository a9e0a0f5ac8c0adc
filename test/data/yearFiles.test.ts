// The per-year bulk CSVs made from the bundled reports: which files there are, which reports each
// holds, and that each reads back to exactly the reports' cells — one row per report and table row,
// a column per table column, unknown as an empty field (never 0) — with no source columns (those are
// in reports.csv, joined on report_id).
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/data/csv.ts';
import { CHECKS_HEADER } from '../../src/data/checksCsv.ts';
import { PROACTIVE_COLUMNS, ROW_REPORT_COLUMNS, TABLE_HEADERS } from '../../src/data/tableCsv.ts';
import { legacyCells } from '../../src/data/tidy.ts';
import { allChecks, type DataReport } from '../../src/data/types.ts';
import {
  BULK_KINDS,
  type BulkKind,
  bulkCsv,
  bulkFiles,
  bulkFilesOf,
  bulkHeader,
  reportsOfYear,
  yearsOf,
} from '../../src/data/yearFiles.ts';
import { bundledCatalog } from './bundledCatalog.ts';

const reports = bundledCatalog().reports;
const valueOf = (field: string | undefined): number | null => (field === '' || field === undefined ? null : Number(field));
const rowsOf = (kind: BulkKind, year: number | null, from: readonly DataReport[] = reports) =>
  bulkFilesOf(from, kind, year).flatMap((f) => parseCsvObjects(bulkCsv(f)));

describe('the per-year files', () => {
  it('are one per kind and year with rows, newest year first', () => {
    // checks: each report's own, plus timeliness.deadline and (no bundled body has two consecutive years) an uncheckable
    // data.repeated, outlier.yearOverYear and similarity.previousYear.
    expect(bulkFiles(reports).map((f) => `${f.name}.csv ${f.rows}`)).toEqual([
      'applications-2022.csv 25',
      'proactive-2022.csv 6',
      'review-litigation-2022.csv 3',
      'checks-2022.csv 49',
      'applications-2021.csv 50',
      'proactive-2021.csv 12',
      'review-litigation-2021.csv 6',
      'checks-2021.csv 99',
      'applications-2020.csv 23',
      'proactive-2020.csv 8',
      'review-litigation-2020.csv 3',
      'checks-2020.csv 47',
      'legacy-statistics-2017.csv 59',
      'checks-2017.csv 6',
    ]);
  });

  it('put the reports of unknown year in files of their own, last', () => {
    const unknown: DataReport = { ...reports[0]!, id: 'x/unknown', data: { ...reports[0]!.data, year: null } };
    const withUnknown = [...reports, unknown];
    expect(yearsOf(withUnknown)).toEqual([2022, 2021, 2020, 2017, null]);
    expect(reportsOfYear(withUnknown, null)).toEqual([unknown]);
    expect(
      bulkFiles(withUnknown)
        .slice(-4)
        .map((f) => f.name),
    ).toEqual(['applications-unknown-year', 'proactive-unknown-year', 'review-litigation-unknown-year', 'checks-unknown-year']);
    expect(rowsOf('applications', null, withUnknown).map((r) => [r['report_id'], r['year']])).toEqual(Array(25).fill(['x/unknown', '']));
  });

  it('hold exactly the reports of their year, in catalog order (what a cache key is made from)', () => {
    for (const year of yearsOf(reports)) {
      const ofYear = reportsOfYear(reports, year);
      expect(ofYear.length).toBeGreaterThan(0);
      expect(ofYear.every((r) => r.data.year === year)).toBe(true);
      for (const f of bulkFiles(reports).filter((x) => x.year === year)) {
        expect(f.slices.every((s) => ofYear.includes(s.report as never))).toBe(true);
      }
    }
    expect(
      reportsOfYear(reports, 2021)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['ningxia/wuzhong/hongsibu/liuquan-2021', 'ningxia/wuzhong/wuzhong-office-2021']);
  });

  it('name the report in every row but never the source file', () => {
    for (const kind of Object.keys(BULK_KINDS) as BulkKind[]) {
      const header = bulkHeader(kind);
      expect(header.slice(0, 4)).toEqual([...ROW_REPORT_COLUMNS]);
      expect(header.some((h) => h.startsWith('source_') && h !== 'source_line')).toBe(false);
    }
    expect([...TABLE_HEADERS.applications.slice(4)]).toEqual([
      'row_key',
      'row_label',
      'naturalPerson',
      'commercialEnterprise',
      'researchInstitution',
      'publicInterestOrganization',
      'legalServiceOrganization',
      'otherOrganization',
      'total',
    ]);
    expect([...TABLE_HEADERS.reviewLitigation.slice(4)]).toEqual([
      'row_key',
      'row_label',
      'upheld',
      'corrected',
      'other',
      'pending',
      'total',
    ]);
    expect([...TABLE_HEADERS.legacyStatistics.slice(4)]).toEqual(['row_key', 'row_label', 'column', 'unit', 'value', 'source_line']);
    expect([...CHECKS_HEADER.slice(4)]).toEqual(['rule', 'subject', 'status', 'expected', 'actual', 'message']);
  });
});

describe('the table CSVs', () => {
  for (const table of ['applications', 'proactive', 'reviewLitigation'] as const) {
    it(`read back, for ${table}, to every cell of every report: a row per table row, a column per column, unknown empty`, () => {
      const columns = TABLE_HEADERS[table].slice(6);
      for (const year of yearsOf(reports)) {
        const rows = rowsOf(table, year);
        const expected = reportsOfYear(reports, year).flatMap((r) =>
          Object.entries((r.data[table] ?? {}) as Record<string, Record<string, number | null>>).map(([key, cells]) => ({ r, key, cells })),
        );
        expect(rows).toHaveLength(expected.length);
        rows.forEach((row, i) => {
          const { r, key, cells } = expected[i]!;
          expect([row['report_id'], row['body'], row['year'], row['format'], row['row_key']]).toEqual([
            r.id,
            r.body.name,
            String(r.data.year),
            r.data.format,
            key,
          ]);
          for (const c of columns) expect(valueOf(row[c]), `${r.id} ${key}.${c}`).toBe(cells[c] ?? null);
        });
      }
    });
  }

  it('write a known 0 as 0 and an unknown cell as an empty field', () => {
    const r = reports.find((x) => x.data.applications !== null)!;
    const known0 = { ...r.data.applications!, received: { ...r.data.applications!['received']!, naturalPerson: 0, total: null } };
    const edited: DataReport = { ...r, data: { ...r.data, applications: known0 } };
    const row = rowsOf('applications', r.data.year, [edited]).find((x) => x['row_key'] === 'received')!;
    expect(row['naturalPerson']).toBe('0');
    expect(row['total']).toBe('');
  });

  it('label table 2 rows by the report’s own format, and leave the other format’s columns empty', () => {
    expect(PROACTIVE_COLUMNS).toEqual([
      'issued',
      'repealed',
      'inForce',
      'decisions',
      'amount',
      'made',
      'published',
      'publishedTotal',
      'previousYear',
      'change',
      'projects',
    ]);
    const rows2019 = rowsOf('proactive', 2020);
    expect(rows2019.find((x) => x['row_key'] === 'normativeDocuments')!['row_label']).toBe('规范性文件');
    expect(rows2019.every((x) => x['issued'] === '' && x['format'] === '2019')).toBe(true);
    const rows2021 = rowsOf('proactive', 2022);
    expect(rows2021.find((x) => x['row_key'] === 'normativeDocuments')!['row_label']).toBe('行政规范性文件');
    expect(rows2021.every((x) => x['made'] === '' && x['publishedTotal'] === '')).toBe(true);
  });

  it('give the legacy table one row per indicator and column, with unit, value and source line', () => {
    const r = reports.find((x) => x.data.legacyStatistics !== null)!;
    const rows = rowsOf('legacyStatistics', r.data.year);
    expect(
      rows.map((x) => [
        x['report_id'],
        x['row_key'],
        x['row_label'],
        x['column'],
        x['unit'] === '' ? null : x['unit'],
        valueOf(x['value']),
        Number(x['source_line']),
      ]),
    ).toEqual(legacyCells(r.data.legacyStatistics).map((c) => [r.id, c.rowKey, c.rowLabel, c.columnKey, c.unit, c.value, c.line]));
    expect(rows.length).toBe(59);
  });

  it('list every rule result of a year in its checks file, those across years included', () => {
    for (const year of yearsOf(reports)) {
      const rows = rowsOf('checks', year);
      expect(rows.map((x) => [x['report_id'], x['rule'], x['status']])).toEqual(
        reportsOfYear(reports, year).flatMap((r) => allChecks(r).map((c) => [r.id, c.rule, c.status])),
      );
    }
    const [first] = reports;
    const withCrossYear: DataReport = {
      ...first!,
      crossYear: [
        {
          rule: 'crossYear.carryOver',
          subject: 'total',
          status: 'fail',
          expected: 4,
          actual: 3,
          cells: ['applications.carriedOver.total'],
          message: '上年结转应等于上年结转下年度',
        },
      ],
    };
    expect(rowsOf('checks', first!.data.year, [withCrossYear]).filter((x) => x['rule'] === 'crossYear.carryOver')).toEqual([
      expect.objectContaining({
        subject: 'total',
        status: 'fail',
        expected: '4',
        actual: '3',
        report_id: first!.id,
        message: '上年结转应等于上年结转下年度',
      }),
    ]);
  });

  it('give a message only where a check did not pass (a passed one is said by its rule and figures)', () => {
    for (const year of yearsOf(reports)) {
      const rows = rowsOf('checks', year);
      const checks = reportsOfYear(reports, year).flatMap((r) => allChecks(r));
      expect(rows.map((x) => x['message'])).toEqual(checks.map((c) => (c.status === 'pass' ? '' : c.message)));
    }
  });
});

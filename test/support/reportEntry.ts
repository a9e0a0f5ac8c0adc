// A small report entry for tests of the catalog and the pages made from it: a 2021-format report
// with no text and no tables unless the test gives them.
import type { ReportEntry } from '../../src/portal/catalog.ts';
import type { ReportEntryData } from '../../src/schema/report.ts';

/** Table 3's row with `n` in 自然人, `total` (n unless given) in 总计 and 0 in the other columns. */
export function applicantsRow(n: number | null, total: number | null = n): Record<string, number | null> {
  return {
    naturalPerson: n,
    commercialEnterprise: 0,
    researchInstitution: 0,
    publicInterestOrganization: 0,
    legalServiceOrganization: 0,
    otherOrganization: 0,
    total,
  };
}

/** An entry whose file is `<id>.txt` (with `digest` when given); `data` replaces any field. */
export function reportEntry(id: string, data: Partial<ReportEntryData>, digest?: string): ReportEntry {
  const path = `${id}.txt`;
  return {
    id,
    digest,
    data: {
      path,
      agency: null,
      year: null,
      format: '2021',
      title: null,
      publishedOn: null,
      period: null,
      preamble: [],
      sections: [],
      proactive: null,
      applications: null,
      reviewLitigation: null,
      legacyStatistics: null,
      tableLines: {},
      checks: [],
      diagnostics: [],
      source: { path, sha256: '0'.repeat(64), bytes: 1, encoding: 'utf-8' },
      ...data,
    },
  };
}

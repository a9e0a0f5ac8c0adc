// The year at a glance (src/lib/yearGlance.ts): reports in against those owed and how many came late;
// applications and how they ended; review and litigation with their correction rates; the reports
// whose checks failed. A total adds only the figures reports state: unknown is never 0.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Check, ReviewLitigation } from '../../src/parser/index.ts';
import { buildCatalog, type ReportEntry } from '../../src/portal/catalog.ts';
import { expectedReports } from '../../src/portal/expectedReports.ts';
import { yearGlance } from '../../src/lib/yearGlance.ts';
import type { Body } from '../../src/schema/body.ts';
import { applicantsRow, reportEntry } from '../support/reportEntry.ts';

const registry: Body[] = [
  { slug: 'a', name: '甲县人民政府', aliases: [], level: 'county', region: ['某省', '甲县'] },
  { slug: 'b', name: '乙县人民政府', aliases: [], level: 'county', region: ['某省', '乙县'] },
  { slug: 'c', name: '丙县人民政府', aliases: [], level: 'county', region: ['某省', '丙县'] },
  { slug: 'd', name: '丁县人民政府', aliases: [], level: 'county', region: ['某省', '丁县'] },
];

const check = (rule: string, status: Check['status']): Check => ({
  rule,
  subject: null,
  status,
  expected: 1,
  actual: 1,
  cells: [],
  message: rule,
});

const cases = (upheld: number | null, corrected: number | null, other: number, pending: number, total: number | null) => ({
  upheld,
  corrected,
  other,
  pending,
  total,
});

function reviewLitigation(
  review: ReturnType<typeof cases>,
  direct: ReturnType<typeof cases>,
  afterReview: ReturnType<typeof cases>,
): ReviewLitigation {
  return { review, litigationDirect: direct, litigationAfterReview: afterReview };
}

/** Table 3 with `received` new applications, and outcomes: 予以公开 granted, 不予公开 (国家秘密) denied, 总计 their sum. */
function applications(received: number | null, granted: number | null, denied: number | null) {
  const processed = granted === null || denied === null ? null : granted + denied;
  return {
    received: applicantsRow(received),
    granted: applicantsRow(granted),
    'denied.stateSecret': applicantsRow(denied),
    processedTotal: applicantsRow(processed),
  };
}

const entries: ReportEntry[] = [
  reportEntry('a-2022', {
    agency: '甲县人民政府',
    year: 2022,
    publishedOn: '2023-01-10',
    applications: applications(10, 6, 4),
    reviewLitigation: reviewLitigation(cases(3, 2, 0, 1, 6), cases(1, 1, 0, 0, 2), cases(0, 0, 0, 1, 1)),
    checks: [check('applications.balance', 'pass')],
  }),
  reportEntry('b-2022', {
    agency: '乙县人民政府',
    year: 2022,
    publishedOn: '2023-12-01',
    // 新收 lost in the text: unknown, not 0.
    applications: applications(null, 2, 1),
    reviewLitigation: reviewLitigation(cases(1, null, 0, 0, 1), cases(0, 0, 0, 0, 0), cases(0, 0, 0, 0, 0)),
    checks: [check('applications.balance', 'fail')],
  }),
  // A body outside the registry, no date: counted in, owes nothing, timeliness unknown.
  reportEntry('x-2022', {
    agency: '某某局',
    year: 2022,
    applications: applications(5, 5, 0),
    reviewLitigation: reviewLitigation(cases(0, 0, 0, 0, 0), cases(0, 0, 0, 0, 0), cases(0, 0, 0, 0, 0)),
    checks: [check('applications.balance', 'uncheckable')],
  }),
];
const catalog = buildCatalog(entries, registry, '某省');
const coverage = expectedReports(registry, catalog, { from: 2021, to: 2022 });

describe('the year at a glance', () => {
  const glance = yearGlance(catalog, 2022, coverage);

  it('counts the reports in, the registered bodies that owe one and those whose report is missing, and the late ones', () => {
    expect(glance.reports).toEqual({
      count: 3,
      expected: 4,
      registeredIn: 2,
      missing: 2,
      onTime: 1,
      late: 1,
      timelinessUnknown: 1,
    });
  });

  it('owes nothing for a year outside the portal range', () => {
    const outside = yearGlance(catalog, 2022, null);
    expect(outside.reports.expected).toBeNull();
    expect(outside.reports.missing).toBe(0);
    expect(outside.reports.count).toBe(3);
  });

  it('adds the applications the reports state and counts the report that lost its figure as unknown, not 0', () => {
    expect(glance.applications.received).toEqual({ sum: 15, known: 2, unknown: 1, absent: 0 });
    expect(glance.applications.processed).toEqual({ sum: 10 + 3 + 5, known: 3, unknown: 0, absent: 0 });
    const outcome = Object.fromEntries(glance.applications.outcomes.map((p) => [p.label, p.total.sum]));
    expect(outcome).toMatchObject({ 予以公开: 13, 不予公开: 5 });
  });

  it('gives the correction rate over the reports that state both 结果纠正 and 总计', () => {
    // b-2022's review states no 结果纠正: its case is in the total, not in the rate.
    expect(glance.review.total.sum).toBe(7);
    expect(glance.review.correction).toEqual({ numerator: 2, denominator: 6, reports: 2, value: 2 / 6 });
    expect(glance.review.outcomes.find((p) => p.label === '结果纠正')?.total).toEqual({ sum: 2, known: 2, unknown: 1, absent: 0 });
  });

  it('computes no rate below five cases (a rate of 1 in 3 says little)', () => {
    // Litigation: 2 + 1 cases in a-2022, none elsewhere.
    expect(glance.litigation.total.sum).toBe(3);
    expect(glance.litigation.correction).toMatchObject({ numerator: 1, denominator: 3, value: null });
  });

  it('sorts the reports by how their checks came out: a failure, else something not checkable, else all passed', () => {
    expect(glance.checks).toEqual({ failing: 1, uncheckable: 1, allPassed: 1 });
  });

  it('counts a legacy report’s missing rows as absent from its format, not unknown', () => {
    const legacy = reportEntry('c-2022', {
      agency: '丙县人民政府',
      year: 2022,
      format: 'legacy',
      legacyStatistics: [{ indicator: '（一）收到申请数', unit: '件', value: 4, level: 1, line: 10 }],
    });
    const g = yearGlance(buildCatalog([...entries, legacy], registry, '某省'), 2022, null);
    expect(g.applications.received).toEqual({ sum: 19, known: 3, unknown: 1, absent: 0 });
    expect(g.applications.outcomes.find((p) => p.label === '无法提供')?.total.absent).toBe(1);
    expect(g.review.outcomes.find((p) => p.label === '结果纠正')?.total.absent).toBe(1);
  });
});

describe('a year total never invents a number', () => {
  const cell = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10_000 }));
  it('sums exactly the stated figures; every report is known, unknown or absent', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), (received) => {
        const es = received.map((n, i) => reportEntry(`r${i}`, { agency: `机关${i}`, year: 2022, applications: applications(n, 0, 0) }));
        const g = yearGlance(buildCatalog(es, [], '某省'), 2022, null);
        const stated = received.filter((n): n is number => n !== null);
        expect(g.applications.received).toEqual({
          sum: stated.reduce((a, b) => a + b, 0),
          known: stated.length,
          unknown: received.length - stated.length,
          absent: 0,
        });
      }),
    );
  });
});

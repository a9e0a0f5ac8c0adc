// A generated corpus in which some reports are last year's text with the year changed: the rule
// flags exactly those, through the catalog as a build runs it. The generator writes each year's
// prose afresh from a pool of real passages, so reports it did not copy differ from the year before
// (it can still draw the same few 存在的主要问题 passages two years running — 16 reports of the
// 10,000-report corpus — but not in this one, which the test would show).
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/generator/corpus.ts';
import { readSources } from '../../../scripts/bench/generator/sources.ts';
import { parseReportFile } from '../../../src/files/reportFile.ts';
import { buildCatalog, type ReportEntry } from '../../../src/portal/catalog.ts';
import { reportEntryData } from '../../../src/portal/reportEntry.ts';

const corpus = generateCorpus({ reports: 300, seed: 'similarity', sources: readSources() });
const generated = [...corpus.reports].map((r) => ({
  id: r.intent.path.replace(/\.txt$/, ''),
  slug: r.intent.slug,
  year: r.intent.year,
  text: r.text,
}));
const entryOf = (id: string, text: string): ReportEntry => ({
  id,
  data: reportEntryData(parseReportFile(new TextEncoder().encode(text), `${id}.txt`)),
});

/** Every sixth body with two consecutive years: its later report becomes the earlier one with the year changed. */
function copies(): Map<string, string> {
  const out = new Map<string, string>();
  const slugs = [...new Set(generated.map((r) => r.slug))];
  slugs.forEach((slug, i) => {
    if (i % 6 !== 0) return;
    const reports = generated.filter((r) => r.slug === slug).sort((a, b) => a.year - b.year);
    const pair = reports.findIndex((r, j) => j > 0 && reports[j - 1]?.year === r.year - 1);
    const [before, after] = [reports[pair - 1], reports[pair]];
    if (pair > 0 && before && after) out.set(after.id, before.text.replaceAll(String(before.year), String(after.year)));
  });
  return out;
}

describe('similarity.previousYear over a generated corpus', () => {
  const copied = copies();
  const entries = generated.map((r) => entryOf(r.id, copied.get(r.id) ?? r.text));
  const catalog = buildCatalog(entries, corpus.registry, corpus.registry[0]?.region[0] ?? '');
  const failing = (subject: string) =>
    catalog.reports
      .filter((r) => r.crossYear.some((c) => c.rule === 'similarity.previousYear' && c.subject === subject && c.status === 'fail'))
      .map((r) => r.id)
      .sort();

  it('has copied reports that still read as the later year', () => {
    expect(copied.size).toBeGreaterThanOrEqual(5);
    for (const id of copied.keys())
      expect(catalog.reports.find((r) => r.id === id)?.previous?.year).toBe((catalog.reports.find((r) => r.id === id)?.year ?? 0) - 1);
  });

  it('flags exactly the copied reports, on the whole text and on the problems section', () => {
    expect(failing('text')).toEqual([...copied.keys()].sort());
    expect(failing('problems')).toEqual([...copied.keys()].sort());
  });

  it('compares every other report with a year before, and passes it', () => {
    const compared = catalog.reports.filter((r) =>
      r.crossYear.some((c) => c.rule === 'similarity.previousYear' && c.subject === 'text' && c.status !== 'uncheckable'),
    );
    expect(compared.length).toBeGreaterThan(150);
  });
});

// On a generated corpus (every report signed by its deadline, each table its own) with a few reports
// made late and a few made copies of the body's previous year, timeliness.deadline and data.repeated
// flag exactly those.
import { describe, expect, it } from 'vitest';
import { type GeneratedReport, generateCorpus } from '../../../scripts/bench/generator/corpus.ts';
import { readSources } from '../../../scripts/bench/generator/sources.ts';
import { parseReportFile } from '../../../src/files/reportFile.ts';
import { reportEntryData } from '../../../src/portal/reportEntry.ts';
import { buildCatalog } from '../../../src/portal/catalog.ts';

const corpus = generateCorpus({ reports: 400, seed: 'evaluation', sources: readSources(), breakRate: 0 });
const generated: GeneratedReport[] = [...corpus.reports];
const idOf = (g: GeneratedReport) => g.intent.path.replace(/\.txt$/, '');
const plain = (g: GeneratedReport) => g.intent.profile === 'web' && !g.intent.frontMatter;

/** The signature's date (the last `<year + 1>年M月D日`) moved to 15 June: late for every level. */
function madeLate(g: GeneratedReport): string {
  const y = g.intent.year + 1;
  const dates = [...g.text.matchAll(new RegExp(`${y}年\\d{1,2}月\\d{1,2}日`, 'g'))];
  const last = dates.at(-1);
  if (!last || last.index === undefined) throw new Error(`no signature date in ${g.intent.path}`);
  return `${g.text.slice(0, last.index)}${y}年6月15日${g.text.slice(last.index + last[0].length)}`;
}

/** Last year's report with its years moved on by one: the same tables (and text) under this year. */
function copiedFrom(previous: GeneratedReport): string {
  const y = previous.intent.year;
  return previous.text
    .replace(new RegExp(`${y + 1}(?=\\s*年)`, 'g'), String(y + 2))
    .replace(new RegExp(`${y}(?=\\s*年)`, 'g'), String(y + 1));
}

// Three late reports, and three reports whose body's previous year (same format, readable tables) is copied.
const late = generated.filter(plain).slice(0, 3);
const byBodyYear = new Map(generated.map((g) => [`${g.intent.slug}/${g.intent.year}`, g]));
const copies = generated
  .filter((g) => plain(g) && g.intent.format !== 'legacy' && !late.includes(g))
  .map((g) => ({ g, previous: byBodyYear.get(`${g.intent.slug}/${g.intent.year - 1}`) }))
  .filter(
    (x): x is { g: GeneratedReport; previous: GeneratedReport } =>
      x.previous !== undefined && plain(x.previous) && x.previous.intent.format === x.g.intent.format,
  )
  .slice(0, 3);

const texts = new Map(generated.map((g) => [g, g.text]));
for (const g of late) texts.set(g, madeLate(g));
for (const { g, previous } of copies) texts.set(g, copiedFrom(previous));

const catalog = buildCatalog(
  generated.map((g) => ({ id: idOf(g), data: reportEntryData(parseReportFile(Buffer.from(texts.get(g) as string), g.intent.path)) })),
  corpus.registry,
  '东岭省',
);
const failing = (rule: string) =>
  catalog.reports
    .filter((r) => [...r.crossYear, ...r.publication].some((c) => c.rule === rule && c.status === 'fail'))
    .map((r) => r.id)
    .sort();

describe('evaluators’ rules on a generated corpus', () => {
  it('has the planted reports to find', () => {
    expect(late).toHaveLength(3);
    expect(copies).toHaveLength(3);
  });

  it('flags exactly the late reports', () => {
    expect(failing('timeliness.deadline')).toEqual(late.map(idOf).sort());
    // Most reports have a date the rule reads, and pass.
    const checked = catalog.reports.filter((r) => r.publication[0]?.status !== 'uncheckable').length;
    expect(checked).toBeGreaterThan(catalog.reports.length * 0.8);
  });

  it('flags exactly the copied tables', () => {
    expect(failing('data.repeated')).toEqual(copies.map((x) => idOf(x.g)).sort());
  });
});

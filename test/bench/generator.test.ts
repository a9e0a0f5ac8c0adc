// The benchmark corpus generator: deterministic for a seed, and its reports read by the real parser
// as what they were generated to be — body, year and format, every figure of the tables, the rules
// holding except where one was broken on purpose.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type GeneratedReport, generateCorpus } from '../../scripts/bench/generator/corpus.ts';
import { writeCorpus } from '../../scripts/bench/generator/writeCorpus.ts';
import { readSources } from '../../scripts/bench/generator/sources.ts';
import { APPLICATION_COLUMNS } from '../../scripts/bench/generator/applicationsFigures.ts';
import { PROFILES } from '../../scripts/bench/generator/layout.ts';
import { parseReportFile } from '../../src/files/reportFile.ts';
import { reportEntryData } from '../../src/portal/reportEntry.ts';
import { buildCatalog } from '../../src/portal/catalog.ts';
import type { Report } from '../../src/parser/index.ts';

const sources = readSources();
const scratch = mkdtempSync(join(tmpdir(), 'nianbao-generator-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function filesOf(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return new Map(names.filter((n) => n.includes('.')).map((n) => [n, readFileSync(join(dir, n))]));
}

const SIZE = 600;
const corpus = generateCorpus({ reports: SIZE, seed: 'test', sources });
const generated: GeneratedReport[] = [...corpus.reports];
const parsed: Report[] = generated.map((g) => parseReportFile(Buffer.from(g.text), g.intent.path).report);
const pairs = generated.map((g, i) => ({ intent: g.intent, report: parsed[i] as Report }));

describe('generateCorpus', () => {
  it('writes byte-identical files for the same seed, and other files for another seed', () => {
    const write = (name: string, seed: string) => {
      const dir = join(scratch, name);
      writeCorpus(dir, generateCorpus({ reports: 120, seed, sources }), 'stamp');
      return filesOf(dir);
    };
    const a = write('a', 'same');
    const b = write('b', 'same');
    const c = write('c', 'other');
    expect(a.size).toBeGreaterThan(120);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name) as Buffer), name).toBe(true);
    const differing = [...a.keys()].filter((n) => n.endsWith('.txt') && !(c.get(n)?.equals(a.get(n) as Buffer) ?? false));
    expect(differing.length).toBeGreaterThan(100);
  });

  it('makes exactly the number of reports asked for, at distinct paths, over ten years', () => {
    expect(generated).toHaveLength(SIZE);
    expect(new Set(generated.map((g) => g.intent.path)).size).toBe(SIZE);
    expect(new Set(generated.map((g) => g.intent.year))).toEqual(new Set([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]));
  });

  it('uses all three formats and every layout, and breaks a rule in a small share of reports', () => {
    expect(new Set(generated.map((g) => g.intent.format))).toEqual(new Set(['2021', '2019', 'legacy']));
    expect(new Set(generated.map((g) => g.intent.profile))).toEqual(new Set(PROFILES));
    expect(generated.some((g) => g.intent.frontMatter)).toBe(true);
    const broken = generated.filter((g) => g.intent.broken !== null).length / SIZE;
    expect(broken).toBeGreaterThan(0.01);
    expect(broken).toBeLessThan(0.08);
  });

  it('gives every report the year, format and signing body it was generated with', () => {
    const wrong = pairs.filter(
      ({ intent, report }) => report.year !== intent.year || report.format !== intent.format || report.agency !== intent.signedAs,
    );
    expect(wrong.map((w) => w.intent.path)).toEqual([]);
  });

  it('matches every report to its registered body, across the years and the names it signs with', () => {
    const entries = pairs.map(({ intent }, i) => ({
      id: intent.path.replace(/\.txt$/, ''),
      data: reportEntryData(parseReportFile(Buffer.from(generated[i]?.text ?? ''), intent.path)),
    }));
    const catalog = buildCatalog(entries, corpus.registry, '东岭省');
    const bodyOf = new Map(catalog.reports.map((r) => [r.id, r.body]));
    for (const { intent } of pairs) {
      const body = bodyOf.get(intent.path.replace(/\.txt$/, ''));
      expect(body?.registered, intent.path).toBe(true);
      expect(body?.slug, intent.path).toBe(intent.slug);
    }
    expect(catalog.bodies.filter((a) => new Set(a.reports.map((r) => r.data.agency)).size > 1).length).toBeGreaterThan(0);
  });

  it('prints tables whose every figure the parser reads back, in every layout meant to be readable', () => {
    const readable = pairs.filter(({ intent }) => intent.tablesReadable && intent.applications);
    expect(readable.length).toBeGreaterThan(200);
    for (const { intent, report } of readable) {
      for (const [row, values] of Object.entries(intent.applications ?? {})) {
        const read = APPLICATION_COLUMNS.map((c) => report.applications?.[row]?.[c] ?? null);
        expect(read, `${intent.path} ${row}`).toEqual(values);
      }
      for (const [group, values] of Object.entries(intent.review ?? {})) {
        const cells = (report.reviewLitigation as Record<string, Record<string, number | null>> | null)?.[group] ?? {};
        expect(
          ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => cells[k] ?? null),
          `${intent.path} ${group}`,
        ).toEqual(values);
      }
    }
    const legacy = pairs.filter(({ intent }) => intent.tablesReadable && intent.legacyReceived !== null);
    expect(legacy.length).toBeGreaterThan(20);
    for (const { intent, report } of legacy) {
      expect(report.legacyStatistics?.find((r) => r.indicator.includes('收到申请数'))?.value, intent.path).toBe(intent.legacyReceived);
    }
  });

  it('obeys every rule of its own tables, except the one broken on purpose, which fails', () => {
    for (const { intent, report } of pairs.filter((p) => p.intent.tablesReadable)) {
      const failing = [...new Set(report.checks.filter((c) => c.status === 'fail').map((c) => c.rule))];
      const own = intent.broken && !intent.broken.startsWith('crossYear.') ? [intent.broken] : [];
      expect(failing, intent.path).toEqual(own);
    }
  });

  it('carries each body’s requests over from one year to the next, except where broken on purpose', () => {
    const entries = generated.map((g) => ({
      id: g.intent.path.replace(/\.txt$/, ''),
      data: reportEntryData(parseReportFile(Buffer.from(g.text), g.intent.path)),
    }));
    const intents = new Map(generated.map((g) => [g.intent.path.replace(/\.txt$/, ''), g.intent]));
    const catalog = buildCatalog(entries, corpus.registry, '东岭省');
    let checked = 0;
    for (const r of catalog.reports) {
      const intent = intents.get(r.id);
      const previous = r.previous && intents.get(r.previous.id);
      if (!intent?.tablesReadable || !previous?.tablesReadable) continue;
      const carry = r.crossYear.filter((c) => c.rule === 'crossYear.carryOver');
      const failed = carry.some((c) => c.status === 'fail');
      if (carry.some((c) => c.status === 'pass')) checked++;
      expect(failed, r.id).toBe(intent.broken === 'crossYear.carryOver');
    }
    expect(checked).toBeGreaterThan(100);
  });
});

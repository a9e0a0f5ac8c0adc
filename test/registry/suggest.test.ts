// Registry suggestions: one entry per real body, name variants as aliases, evidence for each; and
// the hard rules as properties over generated names and years: never two reports of one year in one
// body, never a department in its government, never two governments of different places.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml, stringify } from 'yaml';
import { matchKey, readBodyName } from '../../src/registry/bodyName.ts';
import { type NamedReport, type Suggestion, suggestEntries } from '../../src/registry/suggest.ts';
import { addSuggestions } from '../../src/registry/writeSuggestions.ts';
import { type Body, bodyRegistrySchema } from '../../src/schema/body.ts';

const ROOT = { rootRegion: '宁夏回族自治区' };
const report = (id: string, name: string, year: number | null, folder = 'corpus'): NamedReport => ({ id, name, year, folder });
const newBodies = (s: Suggestion[]) => s.filter((x) => x.kind === 'new').map((x) => x.body);

/** The registry after the suggestions are written, read back as the portal reads it. */
function applied(registry: Body[], suggestions: Suggestion[]): Body[] {
  const written = addSuggestions(registry.length === 0 ? '' : stringify(registry), suggestions);
  if (!written.ok) throw new Error(written.message);
  return bodyRegistrySchema.parse(parseYaml(written.text) ?? []);
}

/** Each report's body in a registry, matched as the catalog matches (null: not registered). */
function bodyOf(registry: Body[], name: string): Body | null {
  for (const b of registry) if ([b.name, ...b.aliases].some((n) => matchKey(n) === matchKey(name))) return b;
  return null;
}

describe('suggestEntries', () => {
  it('makes one entry of the names of one government, with evidence', () => {
    const s = suggestEntries(
      [
        report('a', '洪泽区人民政府', 2023),
        report('b', '淮安市洪泽区人民政府', 2024),
        report('c', '平潭综合实验区管委会', 2011),
        report('d', '平潭综合实验区', 2015),
        report('e', '平潭综合实验区（管委会）', 2019),
      ],
      [],
      ROOT,
    );
    expect(newBodies(s).map((b) => [b.name, b.aliases])).toEqual([
      ['淮安市洪泽区人民政府', ['洪泽区人民政府', '淮安市洪泽区', '洪泽区']],
      // The name most reports use (brackets and all count as one way of writing it).
      ['平潭综合实验区', ['平潭综合实验区管委会', '平潭综合实验区（管委会）']],
    ]);
    const hongze = s[0] as Extract<Suggestion, { kind: 'new' }>;
    expect(hongze.body).toMatchObject({ slug: 'hongzequ', level: 'county', region: ['淮安市', '洪泽区'] });
    expect(hongze.evidence).toContain('名称互相包含：「洪泽区人民政府」是「淮安市洪泽区人民政府」省去上级地区「淮安市」的写法');
    expect(hongze.evidence).toContain('年度不重叠：2023、2024');
    expect(hongze.evidence).toContain('同一文件夹：corpus');
    expect((s[1] as Extract<Suggestion, { kind: 'new' }>).unsure).toEqual(['level', 'region']);
  });

  it('keeps apart a department and its government, two places, and two reports of one year', () => {
    const s = suggestEntries(
      [
        report('a', '沭阳县发展和改革局', 2024),
        report('b', '沭阳县人民政府', 2023),
        report('c', '平潭县人民政府', 2011),
        report('d', '平潭综合实验区', 2012),
        report('e', '洪泽区人民政府', 2023),
        report('f', '淮安市洪泽区人民政府', 2023),
      ],
      [],
      ROOT,
    );
    expect(newBodies(s).map((b) => b.name)).toEqual([
      '沭阳县发展和改革局',
      '沭阳县人民政府',
      '平潭县人民政府',
      '平潭综合实验区',
      '洪泽区人民政府',
      '淮安市洪泽区人民政府',
    ]);
    const hongze = s.find((x) => x.kind === 'new' && x.body.name === '洪泽区人民政府') as Extract<Suggestion, { kind: 'new' }>;
    expect(hongze.evidence[0]).toBe('与「淮安市洪泽区人民政府」在 2023 年度都有报告，不是同一机关，未合并');
    // A made-up variant both would claim is left out.
    expect(newBodies(s).flatMap((b) => b.aliases)).not.toContain('洪泽区');
  });

  it("adds a registered body's new names as aliases when the years allow", () => {
    const registry: Body[] = [
      { slug: 'hongze', name: '淮安市洪泽区人民政府', aliases: [], level: 'county', region: ['江苏省', '淮安市', '洪泽区'] },
    ];
    const s = suggestEntries([report('a', '淮安市洪泽区人民政府', 2024), report('b', '洪泽区人民政府', 2023)], registry, ROOT);
    expect(s).toEqual([expect.objectContaining({ kind: 'aliases', slug: 'hongze', aliases: ['洪泽区人民政府'] })]);
    const clash = suggestEntries([report('a', '淮安市洪泽区人民政府', 2023), report('b', '洪泽区人民政府', 2023)], registry, ROOT);
    expect(clash).toEqual([expect.objectContaining({ kind: 'new', body: expect.objectContaining({ name: '洪泽区人民政府' }) })]);
  });

  it('takes the region above from the registered bodies in the same folder', () => {
    const registry: Body[] = [
      { slug: 'litong', name: '吴忠市利通区人民政府', aliases: [], level: 'county', region: ['宁夏回族自治区', '吴忠市', '利通区'] },
    ];
    const s = suggestEntries(
      [report('a', '吴忠市利通区人民政府', 2022, 'ningxia/wuzhong'), report('b', '吴忠市青铜峡市人民政府', 2022, 'ningxia/wuzhong')],
      registry,
      ROOT,
    );
    expect(newBodies(s)[0]).toMatchObject({
      name: '吴忠市青铜峡市人民政府',
      level: 'county',
      region: ['宁夏回族自治区', '吴忠市', '青铜峡市'],
    });
  });
});

// ---- properties ------------------------------------------------------------------------------

const PLACES = ['淮安市', '宿迁市', '洪泽区', '沭阳县', '平潭县', '平潭综合实验区', '上海市', '吴忠市', '利通区', '柳泉乡', '江苏省'];
const FORMS = ['', '人民政府', '管委会', '（管委会）', '(管委会)', '人民政府办公室', '人民政府办公厅'];
const UNITS = ['发展和改革局', '教育局', '科委', '住房和城乡建设局', '财政局'];

const nameArb = fc
  .record({
    places: fc.array(fc.constantFrom(...PLACES), { minLength: 0, maxLength: 3 }),
    government: fc.boolean(),
    form: fc.constantFrom(...FORMS),
    unit: fc.constantFrom(...UNITS),
  })
  .map(({ places, government, form, unit }) => places.join('') + (government ? form : unit))
  .filter((n) => n.length >= 2);

const reportsArb = fc.array(
  fc.record({
    name: nameArb,
    year: fc.option(fc.integer({ min: 2010, max: 2016 }), { nil: null }),
    folder: fc.constantFrom('a', 'b/c', ''),
  }),
  { minLength: 1, maxLength: 12 },
);

const registryArb = fc
  .uniqueArray(nameArb, { maxLength: 3, selector: matchKey })
  .map((names) => names.map((name, i): Body => ({ slug: `r${i}`, name, aliases: [], level: 'county', region: ['宁夏回族自治区'] })));

const caseArb = fc.record({ reports: reportsArb, registry: registryArb }).map(({ reports, registry }) => ({
  registry,
  reports: reports.map((r, i) => ({ ...r, id: `r/${i}` })),
}));

/** Pairs of reports the suggestions put in one body that were not in one body before. */
function newlyJoined({ reports, registry }: { reports: NamedReport[]; registry: Body[] }): [NamedReport, NamedReport][] {
  const after = applied(registry, suggestEntries(reports, registry, ROOT));
  const out: [NamedReport, NamedReport][] = [];
  reports.forEach((a, i) => {
    for (const b of reports.slice(i + 1)) {
      const before =
        matchKey(a.name) === matchKey(b.name) ||
        (bodyOf(registry, a.name) !== null && bodyOf(registry, a.name) === bodyOf(registry, b.name));
      const now = bodyOf(after, a.name);
      if (!before && now !== null && now.slug === bodyOf(after, b.name)?.slug) out.push([a, b]);
    }
  });
  return out;
}

describe('suggestEntries: properties', () => {
  it('writes a registry the portal reads, registering every named body', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const after = applied(c.registry, suggestEntries(c.reports, c.registry, ROOT));
        expect(new Set(after.map((b) => b.slug)).size).toBe(after.length);
        for (const r of c.reports) expect(bodyOf(after, r.name)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('never puts two reports of one year in one body', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const [a, b] of newlyJoined(c)) if (a.year !== null) expect(b.year).not.toBe(a.year);
      }),
      { numRuns: 300 },
    );
  });

  it('never puts a department in its government, nor governments of two places in one body', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const [a, b] of newlyJoined(c)) {
          const [x, y] = [readBodyName(a.name), readBodyName(b.name)];
          expect(x.kind).toBe(y.kind);
          if (x.kind === 'department') expect(x.unit).toBe(y.unit);
          expect(x.places.at(-1)).toBe(y.places.at(-1));
        }
      }),
      { numRuns: 300 },
    );
  });
});

// The real collection — the bundled reports plus ../shared/corpus — with the bundled registry, after
// `npm run agencies -- suggest --write`: each real body appears once, with all its years, and no
// body is named after a path. The pingtan 2022 report (no title, no signature) is read with its
// 汇总…编制 phrase taken out, so that only the overview's opening names its body. Two front matters
// stand for the names issue 14 met in the larger collection: the zone's 2011 report as its
// 管委会 (the name the corpus manifest gives it), and the hongze 2023 text filed once more as
// 淮安市洪泽区人民政府's 2024 report (that report is not in the corpus).
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAgenciesCommand } from '../../src/cli/agenciesCommand.ts';
import { runCheckCommand } from '../../src/cli/checkCommand.ts';
import type { Catalog } from '../../src/portal/catalog.ts';
import { REPO } from '../support/buildSite.ts';
import { catalogOfFolder, copyBundledAndCorpus } from '../support/searchTestSite.ts';

let dir: string;
let reports: string;
let registry: string;
let before: Catalog;
let after: Catalog;
let output = '';
let checked = '';

/** Each body as `name: years`, sorted by name. */
const bodies = (c: Catalog) => c.bodies.map((b) => `${b.name}: ${b.reports.map((r) => r.year).join(',')}`).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-registry-'));
  reports = join(dir, 'reports');
  registry = join(dir, 'agencies.yaml');
  copyBundledAndCorpus(reports);
  copyFileSync(join(REPO, 'content/agencies.yaml'), registry);
  // The report with neither title nor signature, without the phrase that names who compiled it.
  const corpus = join(reports, 'corpus');
  const untitled = readdirSync(corpus).find((f) => readFileSync(join(corpus, f), 'utf8').startsWith('本报告根据'));
  if (!untitled) throw new Error('the pingtan 2022 report is not in the corpus');
  const text = readFileSync(join(corpus, untitled), 'utf8');
  writeFileSync(join(corpus, untitled), text.replace('汇总平潭综合实验区各有关单位政府信息公开工作情况编制而成', '编制而成'));
  expect(readFileSync(join(corpus, untitled), 'utf8')).not.toContain('汇总平潭');
  const files = readdirSync(corpus).map((f) => ({ f, text: readFileSync(join(corpus, f), 'utf8') }));
  const zone2011 = files.find((x) => x.text.startsWith('当前位置') && x.text.includes('平潭综合实验区2011年'));
  const hongze = files.find((x) => x.text.includes('洪泽区人民政府\n2023 年政府信息公开工作年度报告'));
  if (!zone2011 || !hongze) throw new Error('the pingtan 2011 or hongze 2023 report is not in the corpus');
  writeFileSync(join(corpus, zone2011.f), `---\nbody: 平潭综合实验区管委会\n---\n${zone2011.text}`);
  writeFileSync(join(corpus, 'hongze-2024.txt'), `---\nbody: 淮安市洪泽区人民政府\nyear: 2024\n---\n${hongze.text}`);

  before = catalogOfFolder(reports, registry).catalog;
  await runCheckCommand(['--reports', reports, '--agencies', registry], { out: (t) => (checked += t), err: () => {} });
  const io = { out: (t: string) => (output += t), err: (t: string) => (output += t) };
  expect(await runAgenciesCommand(['suggest', '--write', '--reports', reports, '--agencies', registry], io)).toBe(0);
  after = catalogOfFolder(reports, registry).catalog;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled reports and the corpus, after agencies suggest --write', () => {
  it('start with every corpus body unregistered, and two of them split', () => {
    expect(bodies(before)).toEqual(
      [
        '洪泽区人民政府: 2023',
        '淮安市洪泽区人民政府: 2024',
        '泾源县人民政府: 2020',
        '沐阳县人民政府: 2025',
        '平潭县人民政府: 2011',
        '平潭综合实验区: 2015,2019,2022',
        '平潭综合实验区管委会: 2011',
        '上海市科委: 2024',
        '上海市人民政府办公厅: 2019',
        '吴忠市红寺堡区柳泉乡人民政府: 2021',
        '吴忠市利通区人民政府: 2022',
        '吴忠市人民政府办公室: 2017,2021',
      ].sort(),
    );
    expect(before.bodies.filter((b) => !b.registered)).toHaveLength(8);
  });

  it('where check points at the look-alikes and the command that suggests their entries', () => {
    const said = (code: string) =>
      checked
        .split('\n')
        .filter((l) => l.includes(`[${code}]`))
        .map((l) =>
          l
            .replace(/^.*\] /, '')
            .split(`${reports.slice(1)}/`)
            .join('')
            .replace(/(?:\.\.\/)+/g, '')
            .replace(/（机关名录：.*$|（[^（]*agencies\.yaml）.*$/, ''),
        )
        .sort();
    expect(said('agency.similar')).toEqual(
      [
        '「洪泽区人民政府」未登记，可能与corpus/hongze-2024.txt 的「淮安市洪泽区人民政府」为同一机关；运行 npm run agencies -- suggest 查看建议',
        '「淮安市洪泽区人民政府」未登记，可能与corpus/c00.txt 的「洪泽区人民政府」为同一机关；运行 npm run agencies -- suggest 查看建议',
      ]
        .concat(said('agency.similar').filter((l) => l.startsWith('「平潭综合实验区')))
        .sort(),
    );
    // The zone's names point at each other, the county at nothing.
    expect(said('agency.similar').filter((l) => l.startsWith('「平潭综合实验区'))).toHaveLength(4);
    expect(said('agency.similar').join('\n')).not.toContain('平潭县');
    expect(said('agency.unregistered').map((l) => l.slice(0, l.indexOf('”') + 1))).toEqual(
      ['机关“平潭县人民政府”', '机关“沐阳县人民政府”', '机关“上海市人民政府办公厅”', '机关“上海市科委”'].sort(),
    );
  });

  it('end with each real body registered once, with all its years', () => {
    expect(bodies(after)).toEqual(
      [
        '淮安市洪泽区人民政府: 2023,2024',
        '泾源县人民政府: 2020',
        '沐阳县人民政府: 2025',
        '平潭县人民政府: 2011',
        '平潭综合实验区: 2011,2015,2019,2022',
        '上海市科委: 2024',
        '上海市人民政府办公厅: 2019',
        '吴忠市红寺堡区柳泉乡人民政府: 2021',
        '吴忠市利通区人民政府: 2022',
        '吴忠市人民政府办公室: 2017,2021',
      ].sort(),
    );
    expect(after.bodies.every((b) => b.registered)).toBe(true);
    const by = (name: string) => after.bodies.find((b) => b.name === name);
    // The zone (its 2011 report is the 管委会's) and the county it shares its land with stay two bodies.
    expect(by('平潭综合实验区')?.aliases).toContain('平潭综合实验区管委会');
    expect(by('淮安市洪泽区人民政府')?.aliases).toContain('洪泽区人民政府');
    expect(by('平潭县人民政府')?.slug).not.toBe(by('平潭综合实验区')?.slug);
    // OCR's 沐阳县 stays as written: nothing in the text says it is 沭阳县.
    expect(by('沐阳县人民政府')?.aliases).toEqual(['沐阳县']);
    expect(by('上海市科委')?.level).toBe('department');
    expect(by('上海市人民政府办公厅')?.level).toBe('province');
  });

  it('names no body after a path, and none is unknown', () => {
    for (const b of after.bodies) expect(b.name).not.toMatch(/[/\\]|corpus|未知机关|未识别/);
    const untitled = after.reports.find((r) => r.year === 2022 && r.body.name === '平潭综合实验区');
    expect(untitled?.data.diagnostics.find((d) => d.code === 'agency.inferred')?.message).toContain('“总体情况”开头');
  });

  it('has nothing more to suggest once written', async () => {
    let again = '';
    const io = { out: (t: string) => (again += t), err: (t: string) => (again += t) };
    expect(await runAgenciesCommand(['suggest', '--reports', reports, '--agencies', registry], io)).toBe(0);
    expect(again).toBe('报告中的机关都已在机关名录中登记，没有建议。\n');
    expect(output).toContain('新机关 6 个');
  });
});

// Incremental builds (Astro's incrementalBuild, the kept output folder, the search shard cache) must
// never publish a stale page: an edited report, a renamed body, a changed site setting and a removed
// report each show in the next build, while the pages nothing touched are reused.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, buildSite } from '../support/buildSite.ts';
import { readBuildLog } from '../../scripts/bench/build/buildLog.ts';

// Below the project: Astro keeps a build's prerender chunks beside an outDir inside the working
// folder, and in one shared folder for any other (where another test's build would overwrite them).
const work = mkdtempSync(join(REPO, '.astro', 'test-incremental-'));
const reportsDir = join(work, 'reports');
const bodiesFile = join(work, 'agencies.yaml');
const outDir = join(work, 'dist');
let run = 0;

async function build(env: Record<string, string> = {}) {
  const logFile = join(work, `build-${++run}.log`);
  await buildSite({ outDir, basePath: '/', logFile, env: { REPORTS_DIR: reportsDir, AGENCIES_FILE: bodiesFile, ...env } });
  return readBuildLog(readFileSync(logFile, 'utf8'));
}

const page = (path: string) => readFileSync(join(outDir, path), 'utf8');
/** How the last build made a path: its line in the build's log (`(cached)` when copied from the cache). */
const madeAs = (path: string) => readFileSync(join(work, `build-${run}.log`), 'utf8').match(new RegExp(`${path} \\(.*\\)`))?.[0];
const EDITED = 'ningxia/wuzhong/litong-2022';

beforeAll(async () => {
  cpSync(join(REPO, 'content/reports'), reportsDir, { recursive: true });
  cpSync(join(REPO, 'content/agencies.yaml'), bodiesFile);
  await build();
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('incremental build', () => {
  it('reuses every report page, JSON file, original, search shard and the database when nothing changed', async () => {
    const figures = await build();
    expect(figures.loader).toMatchObject({ parsed: 0 });
    expect(figures.cachedPaths).toBeGreaterThanOrEqual(15);
    expect(figures.search?.reusedShards).toBe(figures.search?.shards);
    expect(madeAs('/data/nianbao.sqlite')).toMatch(/\((cached|restored)\)$/);
  }, 120_000);

  it('renders an edited report again, with its JSON, original, search shard and the database', async () => {
    const database = readFileSync(join(outDir, 'data/nianbao.sqlite'));
    appendFileSync(join(reportsDir, `${EDITED}.txt`), '\n本报告发布后更正了一处文字错误（增量构建测试）。\n');
    const figures = await build();
    expect(figures.loader).toMatchObject({ parsed: 1 });
    expect(page(`reports/${EDITED}/index.html`)).toContain('增量构建测试');
    expect(page(`sources/${EDITED}.txt`)).toContain('增量构建测试');
    expect(page(`data/reports/${EDITED}.json`)).toContain('增量构建测试');
    expect(figures.search?.reusedShards).toBe(0);
    expect(madeAs('/data/nianbao.sqlite')).not.toMatch(/\((cached|restored)\)$/);
    // The database holds each report's source digest: the edited file's is new.
    expect(readFileSync(join(outDir, 'data/nianbao.sqlite')).equals(database)).toBe(false);
  }, 120_000);

  it('renders a renamed body’s pages again from the registry', async () => {
    writeFileSync(
      bodiesFile,
      readFileSync(bodiesFile, 'utf8').replace('name: 吴忠市利通区人民政府', 'name: 吴忠市利通区人民政府（更名测试）'),
    );
    const figures = await build();
    // The body's name is in its reports' search records: the shard is indexed again.
    expect(figures.search?.reusedShards).toBe(0);
    expect(page(`reports/${EDITED}/index.html`)).toContain('吴忠市利通区人民政府（更名测试）');
    expect(page(`data/reports/${EDITED}.json`)).toContain('吴忠市利通区人民政府（更名测试）');
    expect(page('data/checks-2022.csv')).toContain('吴忠市利通区人民政府（更名测试）');
    for (const list of ['agencies/litong/index.html', 'years/2022/index.html', 'quality/2022/index.html']) {
      expect(page(list), list).toContain('吴忠市利通区人民政府（更名测试）');
    }
  }, 120_000);

  it('renders every page again when a site setting changes', async () => {
    await build({ PORTAL_NAME: '增量构建测试门户' });
    expect(page('reports/ningxia/guyuan/jingyuan-2020/index.html')).toContain('增量构建测试门户');
  }, 120_000);

  it('renders a year’s quality page again when a body it lists as missing gains a report of another year', async () => {
    // 泾源县 lacks 2022; /quality/2022/ lists the years it has. A 2021 report (same text, its year set in
    // front matter) changes none of 2022's reports, but that list.
    const before = page('quality/2022/index.html');
    expect(before).toMatch(/泾源县人民政府<\/a><\/th><td>2020 年<\/td>/);
    writeFileSync(
      join(reportsDir, 'ningxia/guyuan/jingyuan-2021.txt'),
      `---\nyear: 2021\n---\n${readFileSync(join(reportsDir, 'ningxia/guyuan/jingyuan-2020.txt'), 'utf8')}`,
    );
    await build({ PORTAL_NAME: '增量构建测试门户' });
    expect(page('quality/2022/index.html')).toMatch(/泾源县人民政府<\/a><\/th><td>2020—2021 年<\/td>/);
    rmSync(join(reportsDir, 'ningxia/guyuan/jingyuan-2021.txt'));
  }, 120_000);

  it('renders a year’s glance again when the registry gains a body that owes it, and keeps its other pages', async () => {
    // A new registered body with no report: 2022's glance (the first year page) owes one more report;
    // the year's pages sorted by a figure show no glance and stay as they were.
    const owed = (html: string) => /<strong>\d+<\/strong>\/ (\d+) 个登记机关已报/.exec(html)?.[1];
    const before = Number(owed(page('years/2022/index.html')));
    expect(before).toBeGreaterThan(0);
    appendFileSync(bodiesFile, '- slug: xinbu\n  name: 新设县人民政府\n  level: county\n  region: [宁夏回族自治区, 新设县]\n');
    await build({ PORTAL_NAME: '增量构建测试门户' });
    expect(Number(owed(page('years/2022/index.html')))).toBe(before + 1);
    expect(Number(owed(page('index.html')))).toBe(before + 1);
    const log = readFileSync(join(work, `build-${run}.log`), 'utf8');
    expect(log).toMatch(/\/years\/2022\/by-received\/index\.html \((?:cached|restored)\)/);
  }, 120_000);

  it('removes the pages and files of a report that was taken out', async () => {
    rmSync(join(reportsDir, 'ningxia/guyuan/jingyuan-2020.txt'));
    await build({ PORTAL_NAME: '增量构建测试门户' });
    expect(existsSync(join(outDir, 'reports/ningxia/guyuan/jingyuan-2020/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'data/reports/ningxia/guyuan/jingyuan-2020.json'))).toBe(false);
    expect(existsSync(join(outDir, 'sources/ningxia/guyuan/jingyuan-2020.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'years/2020/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'quality/2020/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'favicon.svg'))).toBe(true);
    expect(existsSync(join(outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
  }, 120_000);

  it('renders a body’s page again when another body of its level and year changes where it stands', async () => {
    // 利通区 (county) is the only county body of 2022; 泾源县 (county) gains a 2022 report. 利通区's
    // reports, the registry and the years stay the same: only its peers change. (A build with the
    // settings of the build after it first, so that only the new report differs when run alone.)
    await build({ PORTAL_NAME: '增量构建测试门户' });
    const peersOf2022 = () =>
      page('agencies/litong/index.html').match(/<caption>\s*2022 年度：在同级（县级）机关中的位置[\s\S]*?<\/table>/)?.[0];
    expect(peersOf2022()).toMatch(/实质公开率<\/th><td class="num">72\.7%<\/td><td class="num">第 1 名 \/ 共 1 个<\/td>/);
    writeFileSync(
      join(reportsDir, 'ningxia/guyuan/jingyuan-2022.txt'),
      `---\nyear: 2022\n---\n${readFileSync(join(REPO, 'content/reports/ningxia/guyuan/jingyuan-2020.txt'), 'utf8')}`,
    );
    await build({ PORTAL_NAME: '增量构建测试门户' });
    expect(peersOf2022()).toMatch(/实质公开率<\/th><td class="num">72\.7%<\/td><td class="num">第 1 名 \/ 共 2 个<\/td>/);
    expect(JSON.parse(page('data/peers-2022.json')).groups.county.disclosure.count).toBe(2);
  }, 120_000);

  it('checks a report against last year’s again when either of the two changed', async () => {
    // 利通区 gains a 2021 report with 2022's text: 2022's text is the same as last year's (1.00). The
    // 2021 report then changes: 2022's did not, but its check against 2021 must be made again.
    const litong = (year: number) => join(reportsDir, `ningxia/wuzhong/litong-${year}.txt`);
    const text2022 = readFileSync(litong(2022), 'utf8');
    writeFileSync(litong(2021), `---\nyear: 2021\n---\n${text2022}`);
    await build({ PORTAL_NAME: '增量构建测试门户' });
    const sameAs2021 = /与 2021 年报告的相同程度为 1\.00/;
    expect(page(`reports/${EDITED}/index.html`)).toMatch(sameAs2021);
    writeFileSync(litong(2021), `---\nyear: 2021\n---\n${text2022.replaceAll('政府', '机关').replaceAll('公开', '发布')}`);
    await build({ PORTAL_NAME: '增量构建测试门户' });
    expect(page(`reports/${EDITED}/index.html`)).not.toMatch(sameAs2021);
    rmSync(litong(2021));
  }, 120_000);
});

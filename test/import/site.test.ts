// The portal built with originals among its reports: a PDF, a web page and a Word file are published like
// text, the original linked byte for byte beside the converted text; a file that cannot be read (binary
// data named .txt, a damaged Word file) is a page saying so, not a failed build.
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { DEFAULT_CACHE_DIR, converterFingerprint } from '../../src/import/conversionCache.ts';
import { htmlToText } from '../../src/import/html/htmlToText.ts';
import { REPO, buildSite, buildWorkDir } from '../support/buildSite.ts';
import { reportDocx } from '../support/reportDocx.ts';

const PAGE = join(REPO, 'test/fixtures/originals/009_fujian-pingtan-zonghe-2022.html');
const PDF = join(REPO, 'test/fixtures/originals/001_jiangsu-huaian-hongze-2023.pdf');
const expectedHongze = JSON.parse(readFileSync(join(REPO, 'test/fixtures/reports/corpus-hongze-2023/expected.json'), 'utf8'));
const work = buildWorkDir('test-originals-site-');
const dist = join(work, 'dist');
const built = (path: string) => readFileSync(join(dist, path));
const page = (id: string) => built(`reports/${id}/index.html`).toString('utf8');
const PAGE_SHA256 = '0d47f46c3364cc9d5c50ebbfb72048bdbc249b2cb68e14dddc36f30268270e28';
const cacheDir = join(REPO, DEFAULT_CACHE_DIR);
const pageConversions = () => {
  try {
    return readdirSync(cacheDir).filter((f) => f.startsWith(PAGE_SHA256));
  } catch {
    return [];
  }
};

beforeAll(async () => {
  for (const f of pageConversions()) rmSync(join(cacheDir, f));
  const reports = join(work, 'reports');
  cpSync(join(REPO, 'content/reports'), reports, { recursive: true });
  mkdirSync(join(reports, 'fujian'));
  copyFileSync(PAGE, join(reports, 'fujian/pingtan-2022.html'));
  mkdirSync(join(reports, 'jiangsu'));
  copyFileSync(PDF, join(reports, 'jiangsu/hongze-2023.pdf'));
  writeFileSync(
    join(reports, 'fujian/mouxian-2021.docx'),
    await reportDocx([{ heading: '某县人民政府2021年政府信息公开工作年度报告' }, { paragraph: '一、总体情况' }]),
  );
  const damaged = await reportDocx([{ heading: '某市人民政府2021年政府信息公开工作年度报告' }]);
  writeFileSync(join(reports, 'fujian/moushi-2021.docx'), damaged.subarray(0, damaged.length >> 1));
  writeFileSync(join(reports, 'fujian/broken-2021.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 4, 5, 6, 7]));
  await buildSite({ outDir: dist, basePath: '/', logFile: join(work, 'build.log'), env: { REPORTS_DIR: reports } });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a site with a web page, a Word file and an unreadable file among its reports', () => {
  it('serves the page byte for byte as text, and its converted text beside it', () => {
    expect(built('sources/fujian/pingtan-2022.html.txt').equals(readFileSync(PAGE))).toBe(true);
    const converted = htmlToText(readFileSync(PAGE, 'utf8'));
    expect(converted.ok && built('sources/fujian/pingtan-2022.txt').toString('utf8')).toBe(converted.ok && converted.text);
    expect(built('sources/fujian/mouxian-2021.docx').subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('converts the page once for the whole build, keyed by its SHA-256 and the converters’ own fingerprint', () => {
    // The loader and the pages (bundled into a chunk of their own) find the same fingerprint.
    expect(pageConversions()).toEqual([`${PAGE_SHA256}.html.${converterFingerprint()}.json`]);
  });

  it('names the original with its SHA-256 on the report’s page, and marks what the page’s metadata supplied', () => {
    const html = page('fujian/pingtan-2022');
    expect(html).toContain('href="/sources/fujian/pingtan-2022.html.txt"');
    expect(html).toContain(PAGE_SHA256);
    expect(html).toContain('href="/sources/fujian/pingtan-2022.txt"');
    expect(html).toContain('平潭综合实验区2022年度政府信息公开工作年度报告');
    expect(html.match(/（取自网页元数据）/g)).toHaveLength(3);
  });

  it('publishes the PDF as a report read from its glyphs, the PDF itself as its source', () => {
    const html = page('jiangsu/hongze-2023');
    expect(html).toContain('洪泽区人民政府');
    expect(html).toContain('href="/sources/jiangsu/hongze-2023.pdf"');
    expect(html).toContain('href="/sources/jiangsu/hongze-2023.txt"');
    expect(built('sources/jiangsu/hongze-2023.pdf').equals(readFileSync(PDF))).toBe(true);
    const report = JSON.parse(built('data/reports/jiangsu/hongze-2023.json').toString('utf8'));
    expect(report.format).toBe('2021');
    // The cells of the hand-written golden file of the text extracted from the same PDF.
    for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) expect(report[table]).toEqual(expectedHongze[table]);
  });

  it('shows the unreadable file as a report that says why, with its one error', () => {
    const html = page('fujian/broken-2021');
    expect(html).toContain('这不是文本文件，内容是二进制数据，无法读取。');
    expect(html).toContain('无法读取的文件');
  });

  it('serves a Word file it cannot read as the original it is, with no converted text offered', () => {
    const html = page('fujian/moushi-2021');
    expect(html).toContain('这个 .docx 文件已损坏，无法打开。');
    expect(html).toContain('href="/sources/fujian/moushi-2021.docx"');
    expect(html).toContain('Word 文件，无法读取');
    expect(html).not.toContain('转换所得文本');
    expect(built('sources/fujian/moushi-2021.txt').length).toBe(0);
  });

  it('gives valid HTML on these pages', async () => {
    const validator = new HtmlValidate(config);
    for (const id of ['fujian/pingtan-2022', 'jiangsu/hongze-2023', 'fujian/mouxian-2021', 'fujian/broken-2021', 'fujian/moushi-2021']) {
      const report = await validator.validateString(page(id), id);
      expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
    }
  });
});

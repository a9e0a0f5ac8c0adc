// `npm run import`: an original converted to a .txt beside it, front matter naming the original and its
// SHA-256; the .txt parses to the same cells as the original; an existing .txt is kept unless --force.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/cli/importCommand.ts';
import { readReportFile } from '../../src/files/readReportFile.ts';
import { listReportFiles } from '../../src/files/reportFiles.ts';

const PAGE = join(import.meta.dirname, '../fixtures/originals/009_fujian-pingtan-zonghe-2022.html');

async function runImport(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runImportCommand(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, null);
  return { status, out: out.join(''), err: err.join('') };
}

function pageInFolder(): { dir: string; html: string; txt: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
  const html = join(dir, 'pingtan-2022.html');
  copyFileSync(PAGE, html);
  return { dir, html, txt: join(dir, 'pingtan-2022.txt') };
}

describe('npm run import', () => {
  it('writes the converted text beside the original, its front matter naming the original and its SHA-256', async () => {
    const { html, txt } = pageInFolder();
    const r = await runImport(html);
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out).toContain(`已写入 ${txt}`);
    const written = readFileSync(txt, 'utf8');
    const sha = createHash('sha256').update(readFileSync(PAGE)).digest('hex');
    expect(written.split('\n').slice(0, 4)).toEqual([
      '---',
      'original: pingtan-2022.html',
      `originalSha256: ${sha}`,
      'publishedOn: 2023-02-20',
    ]);
    expect(written).toContain('source: https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm\n');
    expect(written).toContain('行政规范性文件\t88\t55\t698\n');
  });

  it('gives a .txt that reads as the original does: the same cells, its front matter valid', async () => {
    const { html, txt } = pageInFolder();
    await runImport(html);
    const [fromPage, fromText] = await Promise.all([readReportFile(html, null), readReportFile(txt, null)]);
    if (!fromPage.ok || !fromText.ok) throw new Error('unreadable');
    expect(fromText.report.applications).toEqual(fromPage.report.applications);
    expect(fromText.report.proactive).toEqual(fromPage.report.proactive);
    expect(fromText.report.publishedOn).toBe('2023-02-20');
    expect(fromText.frontMatter).toMatchObject({ original: 'pingtan-2022.html' });
    expect(fromText.report.diagnostics.filter((d) => d.code.startsWith('frontMatter'))).toEqual([]);
  });

  it('keeps an existing .txt unless --force, and the folder then lists the .txt, not the original', async () => {
    const { dir, html, txt } = pageInFolder();
    writeFileSync(txt, '审核过的文本\n');
    const kept = await runImport(html);
    expect(kept.status).toBe(1);
    expect(kept.err).toBe(`${html}: 错误 [import.exists] ${txt} 已经存在，没有覆盖。如要用新的转换结果替换它，请加 --force。\n`);
    expect(readFileSync(txt, 'utf8')).toBe('审核过的文本\n');
    expect(listReportFiles(dir)).toEqual(['pingtan-2022.txt']);
    expect((await runImport(html, '--force')).status).toBe(0);
    expect(readFileSync(txt, 'utf8')).toContain('original: pingtan-2022.html');
  });

  it('says what is wrong with a file it cannot convert, one line each, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
    writeFileSync(join(dir, 'a.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(join(dir, 'b.txt'), '某县人民政府2021年政府信息公开工作年度报告\n');
    const r = await runImport(join(dir, 'a.doc'), join(dir, 'b.txt'), join(dir, 'missing.html'));
    expect(r.status).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/a\.doc: 错误 \[import\.unsupported\] 这是旧版 Word（\.doc）文件/),
      expect.stringMatching(/b\.txt: 错误 \[import\.isText\] 这已经是纯文本文件/),
      expect.stringMatching(/missing\.html: 错误 \[file\.unreadable\] 无法读取：文件不存在。/),
    ]);
  });

  it('exits 2 with its usage for no file or an unknown option', async () => {
    expect((await runImport()).status).toBe(2);
    const r = await runImport('--overwrite', 'a.html');
    expect(r.status).toBe(2);
    expect(r.err).toContain('不认识的选项：--overwrite');
  });
});

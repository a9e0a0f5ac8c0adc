// `npm run agencies -- suggest`: usage, errors, and what it prints and writes for a small portal.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgenciesCommand } from '../../src/cli/agenciesCommand.ts';
import { reportDocx } from '../support/reportDocx.ts';

const repo = join(import.meta.dirname, '../..');
const FIXTURES = join(repo, 'test/fixtures/check');

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const status = await runAgenciesCommand(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

describe('npm run agencies', () => {
  it('prints its usage, and exits 2 for a missing or unknown command, option or folder', async () => {
    const help = spawnSync(process.execPath, ['scripts/agencies.ts', '--help'], { cwd: repo, encoding: 'utf8' });
    expect(help.stdout).toMatch(/^用法：npm run agencies -- suggest \[选项\]/);
    expect(help.status).toBe(0);
    expect(await run()).toMatchObject({ status: 2, err: expect.stringMatching(/^没有给出命令。/) });
    expect(await run('add')).toMatchObject({ status: 2, err: expect.stringMatching(/^不认识的命令：add/) });
    expect(await run('suggest', '--force')).toMatchObject({ status: 2, err: expect.stringMatching(/^不认识的选项：--force/) });
    expect(await run('suggest', '--reports')).toMatchObject({ status: 2, err: expect.stringMatching(/^选项 --reports 后面缺少路径。/) });
    expect(await run('suggest', '--reports', 'no/such/folder')).toMatchObject({ status: 2, err: '报告文件夹 no/such/folder 不存在。\n' });
    expect(await run('suggest', '--reports', FIXTURES, '--agencies', 'no/such.yaml')).toMatchObject({ status: 2 });
  });

  it('prints the suggestions without --write, and writes them with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-agencies-'));
    try {
      const registry = join(dir, 'agencies.yaml');
      copyFileSync(join(FIXTURES, 'agencies.yaml'), registry);
      const shown = await run('suggest', '--reports', join(FIXTURES, 'unregistered'), `--agencies=${registry}`);
      expect(shown.status).toBe(0);
      expect(shown.out).toContain('- slug: mouxiang\n  name: 某乡人民政府\n  aliases: [某乡]\n  level: township\n');
      expect(shown.out).toContain('新机关 1 个，已登记机关增加别名 0 处。加上 --write 写入');
      expect(readFileSync(registry, 'utf8')).toBe(readFileSync(join(FIXTURES, 'agencies.yaml'), 'utf8'));

      const written = await run('suggest', '--write', '--reports', join(FIXTURES, 'unregistered'), '--agencies', registry);
      expect(written).toMatchObject({ status: 0, out: `已写入 ${registry}：新机关 1 个，已登记机关增加别名 0 处。请用 git diff 审核。\n` });
      const text = readFileSync(registry, 'utf8');
      expect(text.startsWith(readFileSync(join(FIXTURES, 'agencies.yaml'), 'utf8'))).toBe(true);
      expect(text).toContain('# - 「某乡人民政府」：mouxiang-2021（2021）\n');
      expect((await run('suggest', '--reports', join(FIXTURES, 'unregistered'), '--agencies', registry)).out).toBe(
        '报告中的机关都已在机关名录中登记，没有建议。\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the body of a report committed as its original (a Word file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-agencies-'));
    try {
      const registry = join(dir, 'agencies.yaml');
      copyFileSync(join(FIXTURES, 'agencies.yaml'), registry);
      mkdirSync(join(dir, 'reports'));
      const docx = await reportDocx([{ heading: '某镇人民政府2021年政府信息公开工作年度报告' }, { paragraph: '一、总体情况' }]);
      writeFileSync(join(dir, 'reports/mouzhen-2021.docx'), docx);
      const shown = await run('suggest', '--reports', join(dir, 'reports'), '--agencies', registry);
      expect(shown.status).toBe(0);
      expect(shown.out).toContain('  name: 某镇人民政府\n');
      expect(shown.out).toContain('# - 「某镇人民政府」：mouzhen-2021（2021）\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

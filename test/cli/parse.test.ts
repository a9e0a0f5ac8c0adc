// The parse command is a public interface other programs read: JSON on stdout, exit 0 / 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const seed = 'content/reports/ningxia/wuzhong/wuzhong-office-2021.txt';
const other = 'content/reports/ningxia/guyuan/jingyuan-2020.txt';

function parse(...args: string[]) {
  // process.execPath is the pinned Node that runs vitest; it runs the .ts script directly.
  return spawnSync(process.execPath, ['scripts/parse.ts', ...args], { cwd: repo, encoding: 'utf8' });
}

describe('npm run parse', () => {
  it('prints one JSON document for one file and exits 0', () => {
    const r = parse(seed);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.agency).toBe('吴忠市人民政府办公室');
    expect(report.year).toBe(2021);
    expect(report.applications.granted.naturalPerson).toBe(6);
    expect(report.path).toBe(seed);
  });

  it('prints an array in the order the files were given for several files', () => {
    const r = parse(other, seed);
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.stdout);
    expect(reports.map((x: { path: string }) => x.path)).toEqual([other, seed]);
  });

  it('exits 0 for a file whose report is broken, with the problems in diagnostics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-'));
    const file = join(dir, 'broken.txt');
    writeFileSync(file, '这不是一份年度报告。');
    const r = parse(file);
    expect(r.status).toBe(0);
    const codes = JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toContain('year.missing');
    expect(codes).toContain('agency.missing');
  });

  it('exits 2 with a Chinese message and no output for a missing file', () => {
    const r = parse(seed, 'no/such/report.txt');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no/such/report.txt：文件不存在');
  });

  it('exits 2 with usage in Chinese when no file is given', () => {
    const r = parse();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('没有给出要解析的文件');
    expect(r.stderr).toContain('用法');
  });

  it('exits 2 for a directory instead of a file', () => {
    const r = parse('content');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('这是一个目录');
  });

  it('reads a GB18030 file and says so in an info diagnostic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-'));
    const file = join(dir, 'gbk.txt');
    // "某县人民政府2020年政府信息公开工作年度报告" in GBK.
    writeFileSync(file, Buffer.from('c4b3cfd8c8cbc3f1d5feb8ae32303230c4ead5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e6', 'hex'));
    const r = parse(file);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.title).toBe('某县人民政府2020年政府信息公开工作年度报告');
    expect(report.diagnostics[0].code).toBe('input.encoding');
  });
});

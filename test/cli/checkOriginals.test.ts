// The check command on originals other than text: a web page or Word file is read like a .txt; a file
// nianbao cannot read gets exactly one `path: 错误 [code] …` line that says what to do, never a page of noise.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/cli/checkCommand.ts';
import { runParseCommand } from '../../src/cli/parseCommand.ts';
import { reportDocx } from '../support/reportDocx.ts';

const repo = join(import.meta.dirname, '../..');
const FIXTURES = join(repo, 'test/fixtures/check');
const BODIES_FILE = join(FIXTURES, 'agencies.yaml');

async function check(reports: string, ...paths: string[]) {
  const out: string[] = [];
  const status = await runCheckCommand(['--agencies', BODIES_FILE, '--reports', reports, ...paths], {
    out: (t) => out.push(t),
    err: () => {},
  });
  const findings = out
    .join('')
    .split('\n')
    .filter((l) => / \[[\w.]+\] /.test(l));
  return { status, findings };
}

/** A folder with one file in it. */
function folderWith(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-originals-'));
  writeFileSync(join(dir, name), bytes);
  return dir;
}

const ascii = (s: string) => Buffer.from(s, 'latin1');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]);
const zipWith = (entry: string) => Buffer.concat([ascii('PK\x03\x04'), Buffer.alloc(26), ascii(entry), Buffer.alloc(64)]);

describe('npm run check on files it cannot read', () => {
  for (const folder of ['import-binary', 'import-unsupported', 'import-damaged', 'import-empty', 'import-no-text']) {
    it(`gives exactly one line for ${folder}, an error, and exits 1`, async () => {
      const r = await check(join(FIXTURES, folder));
      expect(r.findings, r.findings.join('\n')).toHaveLength(1);
      expect(r.findings[0]).toMatch(/: 错误 \[import\.\w+\] .+。请|: 错误 \[import\.\w+\] .*(请在|请改交|请重新|请提供)/);
      expect(r.status).toBe(1);
    });
  }

  const UNSUPPORTED: [string, Uint8Array, string][] = [
    ['mouxian-2021.doc', OLE, '这是旧版 Word（.doc）文件'],
    ['mouxian-2021.wps', OLE, '这是 WPS 文字（.wps）文件'],
    ['mouxian-2021.xls', OLE, '这是 Excel 表格（.xls）文件'],
    ['mouxian-2021.xlsx', zipWith('xl/workbook.xml'), '这是 Excel 表格（.xlsx）文件'],
    ['mouxian-2021.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), '这是图片'],
    ['mouxian-2021.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]), '这是图片'],
  ];
  for (const [name, bytes, what] of UNSUPPORTED) {
    it(`names the format of ${name} and the one to use instead, in one line`, async () => {
      const dir = folderWith(name, bytes);
      const r = await check(dir);
      expect(r.findings).toEqual([expect.stringContaining(`/${name}: 错误 [import.unsupported] 这是`)]);
      expect(r.findings[0]).toContain(what);
      expect(r.findings[0]).toMatch(/请(在 Word 或 WPS 中“另存为”\.docx|改交 PDF)/);
      expect(r.status).toBe(1);
    });
  }

  it('reads a spreadsheet or an image renamed .txt by its bytes, not its name', async () => {
    for (const bytes of [zipWith('xl/workbook.xml'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])]) {
      const r = await check(folderWith('mouxian-2021.txt', bytes));
      expect(r.findings).toEqual([expect.stringContaining(': 错误 [import.unsupported] ')]);
    }
  });

  it('says a .pdf or .docx that is not one is damaged or renamed', async () => {
    for (const name of ['mouxian-2021.pdf', 'mouxian-2021.docx']) {
      const r = await check(folderWith(name, '某县人民政府2021年政府信息公开工作年度报告\n'));
      expect(r.findings).toEqual([expect.stringContaining(': 错误 [import.damaged] 文件名是 .')]);
    }
  });

  it('still reads a UTF-16 text file as text, though every other byte is NUL', async () => {
    const text = readFileSync(join(FIXTURES, 'clean/mouxian-2021.txt'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await check(folderWith('mouxian-2021.txt', utf16));
    expect(r.findings).toEqual([expect.stringContaining('提示 [input.encoding] 文件采用 UTF-16LE 编码')]);
    expect(r.status).toBe(0);
  });
});

describe('npm run check on web pages and Word files', () => {
  it('reads the clean report saved as a web page: only the title is said to come from the page', async () => {
    const r = await check(join(FIXTURES, 'import-metadata'));
    expect(r.findings).toEqual([expect.stringContaining('提示 [import.metadata] 正文中没有报告标题，标题取自网页元数据')]);
    expect(r.status).toBe(0);
  });

  it('reads the clean report written as a Word file, its tables with merged cells, with nothing to say', async () => {
    const lines = readFileSync(join(FIXTURES, 'clean/mouxian-2021.txt'), 'utf8').split('\n');
    const blocks = [];
    let rows: string[][] = [];
    for (const line of lines) {
      if (line.includes('\t')) {
        rows.push(line.split('\t'));
        continue;
      }
      if (rows.length > 0) blocks.push({ table: rows });
      rows = [];
      if (line.trim() !== '') blocks.push(/^[一二三四五六]、/.test(line) ? { heading: line } : { paragraph: line });
    }
    const dir = folderWith('mouxian-2021.docx', await reportDocx(blocks));
    const r = await check(dir);
    expect(r.findings).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('npm run parse on a web page', () => {
  it('prints the report read from the page, its line numbers those of the converted text', async () => {
    const out: string[] = [];
    const status = await runParseCommand([join(FIXTURES, 'import-metadata/mouxian-2021.html')], { out: (t) => out.push(t), err: () => {} });
    expect(status).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ agency: '某县人民政府', year: 2021, title: '某县人民政府2021年政府信息公开工作年度报告' });
    // The page's text starts at the statistics period: no title line, no navigation, no breadcrumb.
    expect(report.period.line).toBe(1);
    expect(report.applications.received.total).toBe(2);
  });
});

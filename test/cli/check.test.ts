// The check command is what a body’s staff run before they commit a report: every problem as
// `path:line: 级别 [code] message` in Chinese, a summary, and exit 1 only when there is an error.
// Each fixture folder under test/fixtures/check is a small portal made to trigger one code.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/cli/checkCommand.ts';
import { listReportFiles } from '../../src/files/reportFiles.ts';

const repo = join(import.meta.dirname, '../..');
const FIXTURES = 'test/fixtures/check';
const BODIES_FILE = `${FIXTURES}/agencies.yaml`;

function check(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: repo, encoding: 'utf8' });
}

/** The check of one fixture folder, as its own portal. */
function checkFolder(folder: string, ...args: string[]) {
  return check('--agencies', BODIES_FILE, '--reports', `${FIXTURES}/${folder}`, ...args);
}

/** The same, without blocking: the fixture cases run side by side. */
function checkFolderAsync(folder: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/check.ts', '--agencies', BODIES_FILE, '--reports', `${FIXTURES}/${folder}`], {
      cwd: repo,
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout }));
  });
}

const lines = (stdout: string) => stdout.split('\n').filter((l) => l !== '');

interface Case {
  code: string;
  folder: string;
  /** The start of the expected output line: `path:line: 级别 [code] `. */
  line: string;
  exit: 0 | 1;
}

const f = (folder: string, file = 'mouxian-2021.txt') => `${FIXTURES}/${folder}/${file}`;

/** One case per code the parser and the check command can emit (see the last test). */
const CASES: Case[] = [
  { code: 'input.empty', folder: 'input-empty', line: `${f('input-empty')}: 错误 [input.empty] 文件没有内容。`, exit: 1 },
  {
    code: 'input.encoding',
    folder: 'input-encoding',
    line: `${f('input-encoding')}: 提示 [input.encoding] 文件采用 GB18030 编码`,
    exit: 0,
  },
  { code: 'title.missing', folder: 'title-missing', line: `${f('title-missing')}: 警告 [title.missing] 没有找到报告标题。`, exit: 0 },
  {
    code: 'agency.missing',
    folder: 'agency-missing',
    line: `${f('agency-missing')}:1: 错误 [agency.missing] 无法识别报告的发布机关：标题、落款和正文中都没有机关名称，同一文件夹中也没有唯一的已登记机关，网站上只能显示为“未知机关”。请在文件最前面加上 front matter（以“---”行开始和结束），写明 body（机关名称）`,
    exit: 1,
  },
  {
    code: 'agency.inferred',
    folder: 'agency-inferred',
    line: `${f('agency-inferred')}:3: 提示 [agency.inferred] 报告的标题和落款都没有写明发布机关，“某县人民政府”取自第 3 行“由……编制”`,
    exit: 0,
  },
  {
    code: 'agency.fromFolder',
    folder: 'agency-from-folder',
    line: `${f('agency-from-folder')}:1: 提示 [agency.fromFolder] 报告的标题、落款和正文都没有写明发布机关；同一文件夹（${FIXTURES}/agency-from-folder）中其他报告的机关都是已登记的「某县人民政府」，本报告归入该机关。`,
    exit: 0,
  },
  { code: 'year.missing', folder: 'year-missing', line: `${f('year-missing')}: 错误 [year.missing] 无法识别报告所统计的年度`, exit: 1 },
  {
    code: 'year.mismatch',
    folder: 'rule-period',
    line: `${f('rule-period')}:3: 警告 [year.mismatch] 标题年度为 2021 年，统计期限却是 2020-01-01 至 2020-12-31。`,
    exit: 0,
  },
  {
    code: 'format.unknown',
    folder: 'format-unknown',
    line: `${f('format-unknown')}: 警告 [format.unknown] 无法判断报告采用的格式`,
    exit: 0,
  },
  {
    code: 'section.missing',
    folder: 'section-missing',
    line: `${f('section-missing')}: 警告 [section.missing] 没有找到“存在的主要问题及改进情况”部分的标题。`,
    exit: 0,
  },
  { code: 'table.missing', folder: 'table-missing', line: `${f('table-missing')}: 警告 [table.missing] 没有找到表三`, exit: 0 },
  {
    code: 'text.fragment',
    folder: 'text-fragment',
    line: `${f('text-fragment')}:8: 提示 [text.fragment] 第 8 行起有 4 行表格样的文字`,
    exit: 0,
  },
  {
    code: 'cells.ambiguous',
    folder: 'cells-ambiguous',
    line: `${f('cells-ambiguous')}:33: 警告 [cells.ambiguous] 表三“（一）予以公开”的数字“11000011”连在一起`,
    exit: 0,
  },
  {
    code: 'cells.lost',
    folder: 'cells-lost',
    line: `${f('cells-lost')}:33: 警告 [cells.lost] 表三“（一）予以公开”的数字少于栏数`,
    exit: 0,
  },
  {
    code: 'cells.misaligned',
    folder: 'cells-misaligned',
    line: `${f('cells-misaligned')}:33: 警告 [cells.misaligned] 表三“（一）予以公开”的数字多于栏数`,
    exit: 0,
  },
  {
    code: 'cells.split',
    folder: 'cells-split',
    line: `${f('cells-split')}:33: 提示 [cells.split] 表三“（一）予以公开”的数字“723000075”连在一起，按表内勾稽关系只有一种拆分：72|3|0|0|0|0|75。`,
    exit: 0,
  },
  {
    code: 'row.byPosition',
    folder: 'row-by-position',
    line: `${f('row-by-position')}:34: 提示 [row.byPosition] 表三第 34 行的数字没有行名，按表格行序确定为“（二）部分公开”。`,
    exit: 0,
  },
  {
    code: 'row.missing',
    folder: 'row-missing',
    line: `${f('row-missing')}:31: 警告 [row.missing] 表三“2.重复申请”一行在文本中缺失`,
    exit: 0,
  },
  {
    code: 'row.unplaced',
    folder: 'row-unplaced',
    line: `${f('row-unplaced')}:56: 警告 [row.unplaced] 表三中有一行数字无法确定属于哪一行`,
    exit: 0,
  },
  {
    code: 'applications.balance',
    folder: 'rule-balance',
    line: `${f('rule-balance')}:31: 警告 [applications.balance] 表三“自然人”栏：新收加上年结转应等于办理总计加结转下年度：应为 3，实为 2。`,
    exit: 0,
  },
  {
    code: 'applications.outcomes',
    folder: 'rule-outcomes',
    line: `${f('rule-outcomes')}:31: 警告 [applications.outcomes] 表三“总计”栏：各项办理结果之和应等于（七）总计：应为 2，实为 3。`,
    exit: 0,
  },
  {
    code: 'applications.rowTotal',
    folder: 'rule-row-total',
    line: `${f('rule-row-total')}:31: 警告 [applications.rowTotal] 表三“（一）予以公开”行：六类申请人之和应等于总计：应为 1，实为 2。`,
    exit: 0,
  },
  {
    code: 'reviewLitigation.groupTotal',
    folder: 'rule-group-total',
    line: `${f('rule-group-total')}:62: 警告 [reviewLitigation.groupTotal] 表四“行政复议”`,
    exit: 0,
  },
  {
    code: 'counts.nonNegativeInteger',
    folder: 'rule-counts',
    line: `${f('rule-counts')}:13: 警告 [counts.nonNegativeInteger] 件数应为非负整数，此格为 -12。`,
    exit: 0,
  },
  {
    code: 'period.matchesYear',
    folder: 'rule-period',
    line: `${f('rule-period')}:3: 警告 [period.matchesYear] 统计期限应为报告年度的1月1日至12月31日：应为 2021-01-01/2021-12-31，实为 2020-01-01/2020-12-31。`,
    exit: 0,
  },
  {
    code: 'text.matchesTable',
    folder: 'rule-text',
    line: `${f('rule-text')}:31: 警告 [text.matchesTable] 正文所述收到申请数应与表三“本年新收”总计一致：应为 2，实为 5。`,
    exit: 0,
  },
  {
    code: 'crossYear.carryOver',
    folder: 'cross-year',
    line: `${f('cross-year', 'mouxian-2022.txt')}:31: 警告 [crossYear.carryOver] 与上一年度报告（${f('cross-year')}）衔接：2022 年“上年结转”自然人栏应等于 2021 年“结转下年度继续办理”：应为 1，实为 0。`,
    exit: 0,
  },
  {
    code: 'similarity.previousYear',
    folder: 'similarity',
    line: `${f('similarity', 'mouxian-2022.txt')}: 警告 [similarity.previousYear] 与上一年度报告（${f('similarity')}）比较：全文与 2021 年报告的相同程度为 0.96（本年文字的五字片段见于上年报告的比例，≥ 0.90 视为照搬），疑似照搬上年报告。`,
    exit: 0,
  },
  {
    code: 'crossYear.inForce',
    folder: 'cross-year',
    line: `${f('cross-year', 'mouxian-2022.txt')}:13: 警告 [crossYear.inForce] 与上一年度报告（${f('cross-year')}）衔接：规范性文件现行有效件数应等于上年现行有效件数加本年制发减本年废止`,
    exit: 0,
  },
  {
    code: 'file.duplicate',
    folder: 'duplicate',
    line: `${f('duplicate')}: 错误 [file.duplicate] 某县人民政府 2021 年度的报告还有另一个文件：${f('duplicate', 'mouxian-2021-copy.txt')}。`,
    exit: 1,
  },
  {
    code: 'file.yearMismatch',
    folder: 'file-year',
    line: `${f('file-year', 'mouxian-2020.txt')}:1: 错误 [file.yearMismatch] 文件名中的年度是 2020，报告正文所写的统计年度却是 2021`,
    exit: 1,
  },
  {
    code: 'file.nameWithoutYear',
    folder: 'file-name',
    line: `${f('file-name', 'mouxian.txt')}: 提示 [file.nameWithoutYear] 文件名中没有年度，建议改为“mouxian-2021.txt”这样的名称。`,
    exit: 0,
  },
  {
    code: 'agency.unregistered',
    folder: 'unregistered',
    line: `${f('unregistered', 'mouxiang-2021.txt')}:1: 警告 [agency.unregistered] 机关“某乡人民政府”不在机关名录（${BODIES_FILE}）中`,
    exit: 0,
  },
  {
    code: 'agency.similar',
    folder: 'front-matter-none',
    line: `${f('front-matter-none')}:1: 警告 [agency.similar] 「某县政府」未登记，可能与已登记的「某县人民政府」为同一机关；运行 npm run agencies -- suggest 查看建议`,
    exit: 1,
  },
  {
    code: 'frontMatter.yaml',
    folder: 'front-matter-yaml',
    line: `${f('front-matter-yaml')}:4: 错误 [frontMatter.yaml] front matter 的 YAML 写法有误：缺少配对的引号或括号。`,
    exit: 1,
  },
  {
    code: 'frontMatter.invalid',
    folder: 'front-matter-invalid',
    line: `${f('front-matter-invalid')}:3: 错误 [frontMatter.invalid] front matter 中 year（年度）应为四位数字的年份`,
    exit: 1,
  },
  {
    code: 'frontMatter.unclosed',
    folder: 'front-matter-unclosed',
    line: `${f('front-matter-unclosed')}:1: 错误 [frontMatter.unclosed] 第 1 行“---”开始了 front matter，但没有找到结束它的“---”行`,
    exit: 1,
  },
  {
    code: 'import.binary',
    folder: 'import-binary',
    line: `${f('import-binary')}: 错误 [import.binary] 这不是文本文件，内容是二进制数据，无法读取。`,
    exit: 1,
  },
  {
    code: 'import.unsupported',
    folder: 'import-unsupported',
    line: `${f('import-unsupported', 'mouxian-2021.doc')}: 错误 [import.unsupported] 这是旧版 Word（.doc）文件，无法读取。请在 Word 或 WPS 中“另存为”.docx 后提交`,
    exit: 1,
  },
  {
    code: 'import.damaged',
    folder: 'import-damaged',
    line: `${f('import-damaged', 'mouxian-2021.docx')}: 错误 [import.damaged] 这个 .docx 文件已损坏，无法打开。`,
    exit: 1,
  },
  {
    code: 'import.empty',
    folder: 'import-empty',
    line: `${f('import-empty', 'mouxian-2021.html')}: 错误 [import.empty] 文件是空的（0 字节）`,
    exit: 1,
  },
  {
    code: 'import.noText',
    folder: 'import-no-text',
    line: `${f('import-no-text', 'mouxian-2021.html')}: 错误 [import.noText] 网页中没有找到报告正文`,
    exit: 1,
  },
  {
    code: 'import.metadata',
    folder: 'import-metadata',
    line: `${f('import-metadata', 'mouxian-2021.html')}: 提示 [import.metadata] 正文中没有报告标题，标题取自网页元数据：“某县人民政府2021年政府信息公开工作年度报告”。`,
    exit: 0,
  },
];

describe.concurrent('npm run check: one fixture per code', () => {
  for (const c of CASES) {
    it(`reports ${c.code} for ${c.folder} and exits ${c.exit}`, async () => {
      const r = await checkFolderAsync(c.folder);
      expect(
        lines(r.stdout).filter((l) => l.startsWith(c.line)),
        r.stdout,
      ).toHaveLength(1);
      expect(r.status).toBe(c.exit);
    });
  }

  it('reports a file that cannot be read as an error at the path given, without a line', () => {
    const r = checkFolder('clean', 'no/such/mouxian-2021.txt');
    expect(lines(r.stdout)).toContain('no/such/mouxian-2021.txt: 错误 [file.unreadable] 无法读取：文件不存在。');
    expect(r.status).toBe(1);
  });

  it('has a case for every code and rule the sources can emit', () => {
    const sources = ['src/parser', 'src/files', 'src/portal', 'src/import'].flatMap((dir) =>
      readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' })
        .filter((n) => n.endsWith('.ts'))
        .map((n) => readFileSync(join(repo, dir, n), 'utf8')),
    );
    const emitted = new Set<string>();
    for (const text of sources) {
      for (const m of text.matchAll(/code: '([^']+)'/g)) emitted.add(m[1] as string);
      for (const m of text.matchAll(/equationCheck\(\s*'([^']+)'/g)) emitted.add(m[1] as string);
      for (const m of text.matchAll(/const rule = '([^']+)'/g)) emitted.add(m[1] as string);
    }
    // parser.internal only follows a bug in the parser: test/portal/checkReports.test.ts triggers it directly.
    const covered = new Set([...CASES.map((c) => c.code), 'file.unreadable', 'parser.internal']);
    expect([...emitted].filter((code) => !covered.has(code)).sort()).toEqual([]);
    // And the list is not padded with codes nothing emits.
    expect([...covered].filter((code) => !emitted.has(code)).sort()).toEqual([]);
  });
});

describe('npm run check: output and exit codes', () => {
  it('prints nothing but the summary and exits 0 for a clean report', () => {
    const r = checkFolder('clean');
    expect(lines(r.stdout)).toEqual([
      '共检查 1 个文件：错误 0 个，警告 0 个，提示 0 条；核对规则不符 0 处；1 个文件没有错误和警告。',
      '没有错误，可以提交。警告和提示会随报告一起公布，请尽量按原文核实。',
    ]);
    expect(r.status).toBe(0);
  });

  it('counts errors, warnings, hints and failed rules in the summary', () => {
    const r = checkFolder('front-matter-none');
    expect(r.stdout).toContain('共检查 1 个文件：错误 1 个，警告 4 个，提示 0 条；核对规则不符 1 处；0 个文件没有错误和警告。');
    expect(r.stdout).toContain('有错误：请按上面的提示修改后再提交。');
    expect(r.status).toBe(1);
  });

  it('groups the lines by file, whole-file findings first, then by line', () => {
    const r = checkFolder('front-matter-none');
    const found = lines(r.stdout)
      .filter((l) => l.includes(' ['))
      .map((l) => /^[^:]+:(\d*):? ?\S+ \[([^\]]+)\]/.exec(l)?.slice(1, 3).join(' '));
    expect(found).toEqual(['1 file.yearMismatch', '1 agency.similar', '3 year.mismatch', '3 period.matchesYear', '33 cells.lost']);
  });

  it('separates the files of a folder with a blank line, in path order', () => {
    const r = checkFolder('duplicate');
    const blocks = r.stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatch(/^test\/fixtures\/check\/duplicate\/mouxian-2021-copy\.txt: /);
    expect(blocks[1]).toMatch(/^test\/fixtures\/check\/duplicate\/mouxian-2021\.txt: /);
  });

  it('takes the body and the year from the front matter, and keeps the file’s own line numbers', () => {
    const r = checkFolder('front-matter');
    // The same text without its 7 lines of front matter: 33 there, 40 here.
    expect(lines(r.stdout)[0]).toMatch(/^test\/fixtures\/check\/front-matter\/mouxian-2021\.txt:40: 警告 \[cells\.lost\] /);
    expect(r.stdout).not.toContain('file.yearMismatch');
    expect(r.stdout).not.toContain('period.matchesYear');
    expect(r.stdout).not.toContain('agency.unregistered');
    expect(r.status).toBe(0);
  });

  it('checks a given file against the portal’s reports: a second file for the same year is an error', () => {
    const r = checkFolder('duplicate', `${FIXTURES}/duplicate/mouxian-2021.txt`);
    const found = lines(r.stdout).filter((l) => l.includes(' ['));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('[file.duplicate]');
    expect(r.stdout).toContain('共检查 1 个文件');
    expect(r.status).toBe(1);
  });

  it('reports the next year’s carry-over on a file checked alone, when that year is already in the portal', () => {
    const r = checkFolder('cross-year', f('cross-year'));
    expect(lines(r.stdout)).toContain(
      `${f('cross-year')}:31: 警告 [crossYear.carryOver] 与下一年度报告（${f('cross-year', 'mouxian-2022.txt')}）衔接：2022 年“上年结转”总计栏应等于 2021 年“结转下年度继续办理”：应为 1，实为 0。`,
    );
  });

  it('checks every report of a folder given as a path', () => {
    const r = checkFolder('clean', `${FIXTURES}/cross-year`);
    expect(r.stdout).toContain('共检查 2 个文件');
    expect(r.stdout).toContain('[crossYear.carryOver]');
  });

  it('prints JSON for programs with --json: findings with their rule, cells and figures, and the summary', () => {
    const r = checkFolder('rule-balance', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 1, errors: 0, warnings: 2, infos: 0, rulesFailed: 2, clean: 0 });
    expect(out.files[0].body).toEqual({ slug: 'mouxian', name: '某县人民政府', registered: true });
    expect(out.files[0].findings[0]).toMatchObject({
      path: f('rule-balance'),
      line: 31,
      severity: 'warning',
      code: 'applications.balance',
      rule: 'applications.balance',
      subject: 'naturalPerson',
      expected: 3,
      actual: 2,
      cells: [
        'applications.received.naturalPerson',
        'applications.carriedOver.naturalPerson',
        'applications.processedTotal.naturalPerson',
        'applications.carriedForward.naturalPerson',
      ],
    });
  });

  it('exits 1 with --json too when there is an error', () => {
    const r = checkFolder('duplicate', '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBe(2);
  });

  it('exits 2 with usage in Chinese for an unknown option', () => {
    const r = check('--fix');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不认识的选项：--fix');
    expect(r.stderr).toContain('用法');
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the reports folder does not exist', () => {
    const r = check('--reports', 'no/such/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('报告文件夹 no/such/folder 不存在');
  });

  it('exits 2 when the registry breaks its schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-'));
    writeFileSync(join(dir, 'agencies.yaml'), '- slug: Bad Slug\n  name: 某县人民政府\n  level: county\n  region: [某省]\n');
    const r = check('--agencies', join(dir, 'agencies.yaml'), '--reports', `${FIXTURES}/clean`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('机关名录');
    expect(r.stderr).toContain('slug');
  });

  it('shows no progress on stderr when stderr is not a terminal', () => {
    const r = check('--agencies', BODIES_FILE, '--reports', FIXTURES);
    expect(r.stderr).toBe('');
  });

  it('checks every report under content/reports when no path is given', () => {
    const r = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: repo, encoding: 'utf8' });
    const count = listReportFiles(join(repo, 'content/reports')).length;
    expect(r.stdout).toContain(`共检查 ${count} 个文件：错误 0 个`);
    for (const l of lines(r.stdout).filter((x) => x.includes(' ['))) {
      expect(l).toMatch(/^content\/reports\/\S+\.txt:(\d+:)? (错误|警告|提示) \[[a-zA-Z.]+\] \S/);
    }
    expect(r.status).toBe(0);
  });

  it('shows a new report added to a copy of the portal, checked against the reports already there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-'));
    cpSync(join(repo, `${FIXTURES}/cross-year/mouxian-2021.txt`), join(dir, 'mouxian-2021.txt'));
    const r = spawnSync(
      process.execPath,
      [
        join(repo, 'scripts/check.ts'),
        '--agencies',
        join(repo, BODIES_FILE),
        '--reports',
        '.',
        join(repo, `${FIXTURES}/cross-year/mouxian-2022.txt`),
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.stdout).toContain('[crossYear.carryOver]');
    expect(r.stdout).toContain('共检查 1 个文件');
  });
});

describe('runCheckCommand progress', () => {
  const capture = async (errIsTTY: boolean) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCheckCommand(['--agencies', join(repo, BODIES_FILE), '--reports', join(repo, FIXTURES)], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      errIsTTY,
    });
    return { code, out: out.join(''), err: err.join('') };
  };

  it('shows how many files it has read on stderr when stderr is a terminal and there are many files', async () => {
    const r = await capture(true);
    const total = listReportFiles(join(repo, FIXTURES)).length;
    expect(total).toBeGreaterThanOrEqual(20);
    expect(r.err).toContain(`\r正在读取报告 ${total}/${total}…`);
    // The progress line is cleared at the end and never mixed into the report on stdout.
    expect(r.err.endsWith('\r\x1b[2K')).toBe(true);
    expect(r.out).not.toContain('正在读取');
  });

  it('shows nothing on stderr when stderr is not a terminal', async () => {
    expect((await capture(false)).err).toBe('');
  });
});

// A portal whose reports folder is missing or empty (a wrong REPORTS_DIR, a fresh clone with its
// reports taken out) stops the build with one message that says which folder and what to do,
// instead of building an empty site whose search index then fails.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, buildSite } from '../support/buildSite.ts';

const work = mkdtempSync(join(REPO, '.astro', 'test-no-reports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function failedBuild(reportsDir: string): Promise<string> {
  const logFile = join(work, 'build.log');
  await expect(buildSite({ outDir: join(work, 'dist'), basePath: '/', logFile, env: { REPORTS_DIR: reportsDir } })).rejects.toThrow();
  return readFileSync(logFile, 'utf8');
}

describe('a portal without reports', () => {
  it('stops at once when the reports folder does not exist, naming it and REPORTS_DIR', async () => {
    const missing = join(work, 'no-such-folder');
    const log = await failedBuild(missing);
    expect(log).toContain(`找不到报告文件夹 ${missing}`);
    expect(log).toContain('REPORTS_DIR');
    expect(log).not.toContain('搜索索引');
  }, 120_000);

  it('stops at once when the folder holds no report file', async () => {
    const empty = join(work, 'empty');
    mkdirSync(join(empty, 'ningxia'), { recursive: true });
    const log = await failedBuild(empty);
    expect(log).toContain(`报告文件夹 ${empty} 中没有报告文件`);
    expect(log).not.toContain('搜索索引');
  }, 120_000);
});

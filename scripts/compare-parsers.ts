// npm run compare:parsers -- <git-ref>
// Parses the 14 fixture reports and 120 seeded mutations of each with the parser at <git-ref> and
// with the working tree's, and lists every input whose output differs. A speed change to the
// parser must list none. Exit 0 when all outputs agree, 1 when some differ, 2 on bad usage.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutatedReports } from './bench/mutatedReports.ts';

const ref = process.argv[2];
if (!ref) {
  console.error('用法：npm run compare:parsers -- <git 引用>（例如 HEAD~5）');
  process.exit(2);
}
const repo = join(import.meta.dirname, '..');
const fixtures = join(repo, 'test/fixtures/reports');
const reports = readdirSync(fixtures)
  .filter((name) => statSync(join(fixtures, name)).isDirectory())
  .sort()
  .map((name) => [name, readFileSync(join(fixtures, name, 'input.txt'), 'utf8')] as const);

const old = mkdtempSync(join(tmpdir(), 'nianbao-parser-'));
try {
  execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', '--force', old, ref], { stdio: 'ignore' });
} catch {
  console.error(`无法取出 ${ref}。`);
  process.exit(2);
}
try {
  const before = (await import(join(old, 'src/parser/index.ts'))).parseReport;
  const after = (await import(join(repo, 'src/parser/index.ts'))).parseReport;
  let cases = 0;
  const differing: string[] = [];
  for (const [name, text] of mutatedReports(reports)) {
    cases++;
    const options = { path: `${name}.txt` };
    if (JSON.stringify(before(text, options)) !== JSON.stringify(after(text, options))) differing.push(name);
  }
  for (const name of differing.slice(0, 20)) console.log(`differs: ${name}`);
  console.log(`${cases} inputs, ${differing.length} differ (${ref} vs working tree)`);
  process.exitCode = differing.length > 0 ? 1 : 0;
} finally {
  execFileSync('git', ['-C', repo, 'worktree', 'remove', '--force', old], { stdio: 'ignore' });
  rmSync(old, { recursive: true, force: true });
}

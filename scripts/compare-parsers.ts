// npm run compare:parsers -- <git-ref>
// Parses the 14 fixture reports and 120 seeded mutations of each with the parser at <git-ref> and
// with the working tree's, and lists every input whose output differs. A speed change to the
// parser must list none. Exit 0 when all outputs agree, 1 when some differ, 2 on bad usage.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mutatedReports } from './bench/mutatedReports.ts';
import { withParserAt } from './bench/parserAt.ts';

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

const after = (await import(join(repo, 'src/parser/index.ts'))).parseReport;
const differing = await withParserAt(repo, ref, (before) => {
  const found: string[] = [];
  let cases = 0;
  for (const [name, text] of mutatedReports(reports)) {
    cases++;
    const options = { path: `${name}.txt` };
    if (JSON.stringify(before(text, options)) !== JSON.stringify(after(text, options))) found.push(name);
  }
  console.log(`${cases} inputs, ${found.length} differ (${ref} vs working tree)`);
  return found;
});
if (differing === null) {
  console.error(`无法取出 ${ref}。`);
  process.exit(2);
}
for (const name of differing.slice(0, 20)) console.log(`differs: ${name}`);
process.exitCode = differing.length > 0 ? 1 : 0;

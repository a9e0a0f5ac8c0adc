// The parser of another commit, checked out beside the working tree for as long as a comparison
// needs it (compare:parsers compares outputs, bench:parse --against compares speed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ParseReport = (text: string, options?: { path?: string }) => unknown;

/** Runs `use` with the parseReport of `ref`; null when the ref cannot be checked out. */
export async function withParserAt<T>(repo: string, ref: string, use: (parseReport: ParseReport) => Promise<T> | T): Promise<T | null> {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-parser-'));
  try {
    execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', '--force', folder, ref], { stdio: 'ignore' });
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return null;
  }
  try {
    const parser = (await import(join(folder, 'src/parser/index.ts'))) as { parseReport: ParseReport };
    return await use(parser.parseReport);
  } finally {
    execFileSync('git', ['-C', repo, 'worktree', 'remove', '--force', folder], { stdio: 'ignore' });
    rmSync(folder, { recursive: true, force: true });
  }
}

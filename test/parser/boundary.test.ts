// The parser's public face: everything outside src/parser/ reads reports through src/parser/index.ts,
// so the parser's files can be split, merged and renamed without touching the portal. Only the
// parser's own tests (test/parser/) may reach past it, to pin an internal piece on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PARSER = join(ROOT, 'src/parser');
const PUBLIC_FACE = new Set([PARSER, join(PARSER, 'index'), join(PARSER, 'index.ts')]);
const SOURCE = /\.(?:ts|mts|js|mjs|astro)$/;

// Static imports and re-exports (`… from '…'`), bare imports (`import '…'`) and dynamic imports.
const SPECIFIER = /\bfrom\s*(['"])([^'"]+)\1|\bimport\s*(['"])([^'"]+)\3|\bimport\s*\(\s*(['"])([^'"]+)\5\s*\)/g;

/** Each relative import of a file that resolves into src/parser/ but not to its index, as `file:line → specifier`. */
function reachesPast(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const offenders: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const specifier = m[2] ?? m[4] ?? m[6] ?? '';
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier);
    if (!target.startsWith(`${PARSER}/`) && target !== PARSER) continue;
    if (PUBLIC_FACE.has(target)) continue;
    const line = text.slice(0, m.index).split('\n').length;
    offenders.push(`${relative(ROOT, file)}:${line} → ${specifier}`);
  }
  return offenders;
}

/** Source files below a folder of the project, but for the folders given. */
function sourceFiles(folder: string, skip: readonly string[]): string[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => SOURCE.test(f) && !skip.some((s) => f.startsWith(join(ROOT, s) + '/')))
    .sort();
}

describe("the parser's public face", () => {
  it('is the only way into src/parser/ from src/, scripts/ and the tests of everything else', () => {
    const files = [
      ...sourceFiles('src', ['src/parser']),
      ...sourceFiles('scripts', []),
      ...sourceFiles('test', ['test/parser', 'test/fixtures']),
    ];
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(reachesPast)).toEqual([]);
  });

  it('is told apart from an import that reaches past it, static or dynamic', () => {
    // The parser's own tests do reach in: the scan must see them, or the test above proves nothing.
    const internal = sourceFiles('test', [])
      .filter((f) => f.startsWith(join(ROOT, 'test/parser') + '/'))
      .flatMap(reachesPast);
    const seen = (file: string, specifier: string) => internal.some((o) => o.startsWith(`${file}:`) && o.endsWith(`→ ${specifier}`));
    expect(seen('test/parser/tokens.test.ts', '../../src/parser/sourceText.ts')).toBe(true);
    expect(seen('test/parser/checks.test.ts', '../../src/parser/rules/outcomesRule.ts')).toBe(true);
    expect(internal.filter((o) => o.includes('/src/parser/index.ts'))).toEqual([]);
  });
});

// The code a module runs, as a key for a build cache: its file and every file it imports by a relative
// path, directly or through others, with any other files given (the lockfile, for the packages). A
// cache of what that code made from unchanged inputs is valid while the key is the same; a change
// elsewhere in the project does not touch it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** Relative module specifiers of a TypeScript file: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const RELATIVE_IMPORT = /\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The key of `entry`'s code and of the `others` files (see above). */
export function codeKey(entry: string, others: readonly string[] = []): string {
  const hash = createHash('sha256');
  // Paths relative to the entry's folder: the same code in another clone gives the same key.
  const name = (file: string) => relative(dirname(entry), file);
  for (const file of others)
    hash
      .update(name(file))
      .update('\0')
      .update(existsSync(file) ? readFileSync(file) : '')
      .update('\0');
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const text = readFileSync(file, 'utf8');
    hash.update(name(file)).update('\0').update(text).update('\0');
    if (!file.endsWith('.ts')) continue;
    for (const [, from, bare] of text.matchAll(RELATIVE_IMPORT)) {
      const imported = resolve(dirname(file), (from ?? bare) as string);
      // A path that only looks like an import (in a comment, say) and names no file is not code.
      if (!seen.has(imported) && existsSync(imported)) {
        seen.add(imported);
        queue.push(imported);
      }
    }
  }
  return hash.digest('hex');
}

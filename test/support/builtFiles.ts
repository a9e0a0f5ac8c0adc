// The files of a built site, read from its folder (the global setup hands out both builds' folders).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of the build with a name ending in `ext`, as paths relative to `dir` with `/`. */
export function builtFiles(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith(ext))
    .sort();
}

export function builtPath(dir: string, file: string): string {
  return join(dir, ...file.split('/'));
}

// A build cache is valid while the code that made it is the same: the key follows a module and every
// module it imports, and the other files named (the lockfile), and nothing else of the project.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeKey } from '../../src/build/codeKey.ts';

describe('codeKey', () => {
  it('follows the code of the module and of every module it imports, and the files named, nothing else', () => {
    const src = mkdtempSync(join(tmpdir(), 'nianbao-src-'));
    mkdirSync(join(src, 'search'));
    const write = (file: string, text: string) => writeFileSync(join(src, file), text);
    write('search/indexSite.ts', "import { record } from './records.ts';\nimport {\n  words,\n} from '../words.ts';\nimport 'node:fs';");
    write('search/records.ts', 'export const record = 1;');
    write('words.ts', "export const words = 1;\nexport { more } from './search/more.ts';");
    write('search/more.ts', 'export const more = 1;');
    write('pages.ts', 'export const page = 1;');
    const key = () => codeKey(join(src, 'search/indexSite.ts'), [join(src, 'lock.json')]);
    const before = key();
    write('pages.ts', 'export const page = 2;');
    expect(key()).toBe(before);
    for (const file of ['search/records.ts', 'words.ts', 'search/more.ts']) {
      const was = key();
      appendFileSync(join(src, file), '\n// changed');
      expect(key(), file).not.toBe(was);
    }
    const was = key();
    writeFileSync(join(src, 'lock.json'), '{"packages":{}}');
    expect(key()).not.toBe(was);
  });

  it('is the same for the same code in another folder', () => {
    const src = mkdtempSync(join(tmpdir(), 'nianbao-src-'));
    writeFileSync(join(src, 'a.ts'), "import { b } from './b.ts';");
    writeFileSync(join(src, 'b.ts'), 'export const b = 1;');
    const copy = join(mkdtempSync(join(tmpdir(), 'nianbao-copy-')), 'src');
    mkdirSync(copy);
    cpSync(src, copy, { recursive: true });
    expect(codeKey(join(copy, 'a.ts'))).toBe(codeKey(join(src, 'a.ts')));
  });
});

// A shard whose entry file Pagefind left empty or unfinished is not taken for a whole one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shardIsWhole, waitForEntry } from '../../src/search/shardEntry.ts';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shardIsWhole', () => {
  it('takes a shard whose entry names a meta file that is there', () => {
    writeFileSync(
      join(dir, 'pagefind-entry.json'),
      JSON.stringify({ version: '1.5.2', languages: { en: { hash: 'en_abc', wasm: 'en', page_count: 2 } } }),
    );
    writeFileSync(join(dir, 'pagefind.en_abc.pf_meta'), 'x');
    expect(shardIsWhole(dir)).toBe(true);
  });

  it('refuses an empty entry file, or one whose meta file is missing', async () => {
    writeFileSync(join(dir, 'pagefind-entry.json'), '');
    expect(shardIsWhole(dir)).toBe(false);
    await expect(waitForEntry(dir, 300)).rejects.toThrow('未写完');
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { hash: 'en_missing' } } }));
    expect(shardIsWhole(dir)).toBe(false);
  });
});

// The server bundle's data store module reads the store's file: the same JSON value Astro would have
// inlined, and a clear error naming the file when it is gone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreModule } from '../../src/build/dataStoreFromFile.ts';

async function load(store: string) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-store-'));
  const module = join(dir, 'store.mjs');
  writeFileSync(module, dataStoreModule(store));
  return import(pathToFileURL(module).href) as Promise<{ default: unknown }>;
}

describe('dataStoreModule', () => {
  it('exports the JSON the store file holds', async () => {
    const store = join(mkdtempSync(join(tmpdir(), 'nianbao-store-')), 'data-store.json');
    const value = [['reports', { a: { id: 'a', data: { year: 2021, note: '“引号”\n与换行' } } }]];
    writeFileSync(store, JSON.stringify(value));
    expect((await load(store)).default).toEqual(value);
  });

  it('names the file when it cannot be read', async () => {
    await expect(load('/nonexistent/data-store.json')).rejects.toThrow('内容数据文件 /nonexistent/data-store.json 无法读取');
  });
});

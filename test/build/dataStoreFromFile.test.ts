// The server bundle's data store module reads the store's file: the same JSON value Astro would have
// inlined, and a clear error naming the file when it is gone. Its plugin answers before Astro's own.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { CONTENT_DATA_META, dataStoreFromFile, dataStoreModule, dataStorePlugin } from '../../src/build/dataStoreFromFile.ts';
import { REPO } from '../support/buildSite.ts';

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

describe('the data store plugin', () => {
  it('carries the mark Astro gives its own data store module', async () => {
    // Without it the incremental build would count the store module as code of every page.
    const astroMeta = join(REPO, 'node_modules/astro/dist/core/build/incremental-metadata.js');
    const { createContentDataIncrementalMetadata } = (await import(pathToFileURL(astroMeta).href)) as {
      createContentDataIncrementalMetadata: () => unknown;
    };
    expect(CONTENT_DATA_META).toEqual(createContentDataIncrementalMetadata());
  });

  it('loads the store module from its file, and leaves an empty store or chunked storage to Astro', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'nianbao-store-')), 'data-store.json');
    writeFileSync(store, '[]');
    const load = (plugin: Plugin, id: string) =>
      (plugin.load as { handler: (id: string) => { code: string; meta: unknown } | null }).handler(id);
    expect(load(dataStorePlugin(store, true), '\0astro:data-layer-content')).toMatchObject({
      code: dataStoreModule(store),
      meta: CONTENT_DATA_META,
    });
    expect(load(dataStorePlugin(store, false), '\0astro:data-layer-content')).toBeNull();
    expect(load(dataStorePlugin('/nonexistent/data-store.json', true), '\0astro:data-layer-content')).toBeNull();
  });

  it('goes first among the build’s plugins, before Astro’s own loader of that module', async () => {
    const integration = dataStoreFromFile();
    const hooks = integration.hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']?.({ config: { cacheDir: pathToFileURL(`${tmpdir()}/`), experimental: {} } });
    const astroOwn = { name: 'astro-content-virtual-mod-plugin', enforce: 'pre' };
    const vite = { plugins: [astroOwn] as unknown[] };
    hooks['astro:build:setup']?.({ vite });
    expect((vite.plugins[0] as Plugin).name).toBe('nianbao:data-store-from-file');
    expect(vite.plugins[1]).toBe(astroOwn);
  });
});

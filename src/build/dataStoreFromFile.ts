// At build time Astro bundles the content data store (every parsed report, ~105 MB at 10,000 reports)
// into the server bundle as one JavaScript module, `export default JSON.parse("…")`: its loader reads
// the file, parses it to check it and quotes it into a 100 MB string, which the bundler then takes in
// (allocating and clearing memory for it: seconds of a 10,000-report build, rebuilds included), and V8
// compiles before any page renders. The build runs that bundle on the machine that just wrote the
// store, so this plugin loads the module itself: it reads the same file at run time, and the value is
// the same JSON.
//
// Astro's own plugin also loads that module and also runs early (enforce: 'pre'); of two such plugins
// the first in the list answers. A plugin added with updateConfig comes after Astro's (where it would
// never be asked), so this one is put at the head of the build's plugins in astro:build:setup.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { CONTENT_STORE_FILE } from './contentStore.ts';

/** Astro's virtual module of the data store, resolved (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * What Astro marks its own data store module with (createContentDataIncrementalMetadata in
 * astro/dist/core/build/incremental-metadata.js): the incremental build leaves such a module out of
 * the pages' code hashes, so that a changed report does not count as changed code for every page.
 */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The module's code: the store read from its file, with a clear error if the file is gone. */
export function dataStoreModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `const file = ${JSON.stringify(file)};`,
    `let text;`,
    `try { text = readFileSync(file, 'utf8'); } catch (error) { throw new Error('内容数据文件 ' + file + ' 无法读取：' + error.message); }`,
    `export default JSON.parse(text);`,
  ].join('\n');
}

/** The plugin that loads the data store module from `file` (single-file storage with a store only). */
export function dataStorePlugin(file: string, singleFile: boolean): Plugin {
  return {
    name: 'nianbao:data-store-from-file',
    enforce: 'pre',
    load: {
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id) {
        // No file (an empty store) or chunked storage is left to Astro.
        if (id !== DATA_STORE_MODULE || !singleFile || !existsSync(file)) return null;
        return { code: dataStoreModule(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}

export function dataStoreFromFile(): AstroIntegration {
  let plugin: Plugin | null = null;
  return {
    name: 'nianbao-data-store-from-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        const storage = config.experimental.collectionStorage;
        const singleFile = storage === undefined || storage === 'single-file';
        plugin = dataStorePlugin(fileURLToPath(new URL(CONTENT_STORE_FILE, config.cacheDir)), singleFile);
      },
      'astro:build:setup': ({ vite }) => {
        if (plugin) (vite.plugins ??= []).unshift(plugin);
      },
    },
  };
}

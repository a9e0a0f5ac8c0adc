// At build time Astro bundles the content data store (every parsed report, ~105 MB at 10,000 reports)
// into the server bundle as one JavaScript module, `export default JSON.parse("…")`: Astro's loader of
// that module reads the file, parses it once to check it and quotes it into a 100 MB string (~4 s of a
// 10,000-report build, rebuilds included), the bundler then carries that string and V8 compiles it
// before any page renders (~10 s more). The build runs that bundle on the machine that just wrote the
// store, so this plugin loads the module itself, before Astro's loader is asked (enforce: 'pre'): the
// module reads the same file at run time; the value is the same JSON.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_STORE_FILE } from './contentStore.ts';

/** Astro's virtual module of the data store (astro/dist/content/consts.js). */
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

export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'nianbao-data-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(CONTENT_STORE_FILE, config.cacheDir));
        const storage = config.experimental.collectionStorage;
        const singleFile = storage === undefined || storage === 'single-file';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nianbao:data-store-from-file',
                apply: 'build',
                enforce: 'pre',
                load(id) {
                  // Only the single-file store Astro would inline: no file (an empty store) or chunked storage
                  // is left to Astro.
                  if (id !== DATA_STORE_MODULE || !singleFile || !existsSync(file)) return null;
                  return { code: dataStoreModule(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
                },
              },
            ],
          },
        });
      },
    },
  };
}

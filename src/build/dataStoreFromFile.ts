// At build time Astro bundles the content data store (every parsed report, ~105 MB at 10,000 reports)
// into the server bundle as one JavaScript module, `export default JSON.parse("…")`: the bundler then
// carries a 100 MB string and V8 compiles it before any page renders (~10 s of a 10,000-report build,
// rebuilds included). The build runs that bundle on the machine that just wrote the store, so this
// plugin has the module read the same file at run time instead; the value is the same JSON.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_STORE_FILE } from './contentStore.ts';

/** Astro's virtual module of the data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

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
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nianbao:data-store-from-file',
                apply: 'build',
                transform(code, id) {
                  // Only the inlined form: an empty store (`new Map()`) or another storage mode is left as it is.
                  if (id !== DATA_STORE_MODULE || !code.startsWith('export default JSON.parse(')) return null;
                  return { code: dataStoreModule(file), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}

// Where the catalog keeps its cross-year checks between builds (src/build/crossYearCache.ts), and the
// key of the code that makes them: given to the page bundle as the module `virtual:nianbao/catalog-cache`
// (`file`, null outside a build; `codeKey`), made when the configuration is known.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeKey } from './codeKey.ts';

const MODULE = 'virtual:nianbao/catalog-cache';
const RESOLVED = `\0${MODULE}`;

/** The module's code. */
export function catalogCacheModule(file: string | null, key: string): string {
  return `export const file = ${JSON.stringify(file)};\nexport const codeKey = ${JSON.stringify(key)};\n`;
}

export function catalogCache(): AstroIntegration {
  return {
    name: 'nianbao-catalog-cache',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        // Only a build keeps the cache: a dev server checks every report each time it builds the catalog.
        const file = command === 'build' ? fileURLToPath(new URL('nianbao-cross-year-checks.json', config.cacheDir)) : null;
        const key = codeKey(fileURLToPath(new URL('src/portal/catalog.ts', config.root)), [
          fileURLToPath(new URL('package-lock.json', config.root)),
        ]);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nianbao:catalog-cache',
                resolveId: { filter: { id: /^virtual:nianbao\/catalog-cache$/ }, handler: () => RESOLVED },
                load: { filter: { id: /^\0virtual:nianbao\/catalog-cache$/ }, handler: () => catalogCacheModule(file, key) },
              },
            ],
          },
        });
      },
    },
  };
}

// Incremental builds keep the output folder: Astro then leaves a page it can reuse where it is
// instead of emptying the folder (tens of thousands of files) and copying every page back from its
// cache. What the folder must not keep is output no route made this time (a report that was
// removed, a page that moved); this integration deletes it when the build is done. A folder last
// built with another cache (or never) is emptied first: its pages cannot be trusted as reusable.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Folders that another integration writes whole (the search index): not ours to prune. */
const WRITTEN_WHOLE = ['pagefind'];

const MARKER = 'nianbao-output-folder.txt';

/** Files below `dir` not in `made` and not written since `since`; folders left empty go too. */
export function pruneStaleOutput(dir: string, made: ReadonlySet<string>, since: number, skip: readonly string[] = WRITTEN_WHOLE): string[] {
  const removed: string[] = [];
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative(dir, path).split(sep).join('/');
      if (skip.includes(name)) {
        empty = false;
        continue;
      }
      if (entry.isDirectory()) {
        if (walk(path)) rmSync(path, { recursive: true, force: true });
        else empty = false;
      } else if (!made.has(path) && statSync(path).mtimeMs < since) {
        rmSync(path, { force: true });
        removed.push(name);
      } else {
        empty = false;
      }
    }
    return empty;
  };
  if (existsSync(dir)) walk(dir);
  return removed;
}

export function keptOutput(): AstroIntegration {
  let outDir = '';
  let marker = '';
  let started = 0;
  return {
    name: 'nianbao-kept-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        marker = join(fileURLToPath(config.cacheDir), MARKER);
      },
      'astro:build:start': ({ logger }) => {
        started = Date.now();
        const last = existsSync(marker) ? readFileSync(marker, 'utf8') : null;
        if (last !== outDir && existsSync(outDir)) {
          for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
          logger.info('输出目录不是用同一缓存构建的，已清空后重新生成。');
        }
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const made = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) made.add(fileURLToPath(url));
        const removed = pruneStaleOutput(fileURLToPath(dir), made, started);
        mkdirSync(join(marker, '..'), { recursive: true });
        writeFileSync(marker, outDir);
        if (removed.length > 0) logger.info(`删除了本次构建不再生成的 ${removed.length} 个文件。`);
      },
    },
  };
}

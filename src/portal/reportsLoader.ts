// The content loader for report files: every report under content/reports (.txt, or a web page,
// Word file or PDF converted to text first) through the parser. Astro's glob() loader cannot read
// these; this one also keeps each file's SHA-256 as the entry's digest, so an unchanged report is not
// parsed again on the next build, and converted text is cached by the same digest.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseOriginalFile } from '../files/originalFile.ts';
import { sha256 } from '../files/reportFile.ts';
import { ConversionCache, DEFAULT_CACHE_DIR } from '../import/conversionCache.ts';
import { listReportFiles, noReportsMessage, reportIdOf } from '../files/reportFiles.ts';
import { reportEntryData } from './reportEntry.ts';

export interface ReportsLoaderOptions {
  /** Folder of report files, relative to the project root. */
  base: string;
}

/** A fingerprint of the code that reads report files: a new reader must re-read every report. */
export function parserFingerprint(): string {
  const parts: string[] = [];
  for (const folder of ['../parser/', '../files/', '../import/']) {
    const dir = new URL(folder, import.meta.url).pathname;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort();
    for (const f of files) parts.push(`${folder}${f}\n${readFileSync(join(dir, f), 'utf8')}`);
  }
  return sha256(parts.join('\n')).slice(0, 16);
}

export function reportsLoader(options: ReportsLoaderOptions): Loader {
  return {
    name: 'nianbao-reports',
    load: async ({ store, parseData, logger, config }) => {
      const root = new URL('.', config.root).pathname;
      // A relative folder is below the project; an absolute one (REPORTS_DIR=/tmp/…) anywhere.
      const base = resolve(root, options.base);
      const files = listReportFiles(base);
      if (files.length === 0) throw new Error(noReportsMessage(base));
      const parser = parserFingerprint();
      const cache = new ConversionCache(join(root, DEFAULT_CACHE_DIR));
      const seen = new Set<string>();
      let parsed = 0;
      let unchanged = 0;
      const started = Date.now();
      for (const [index, file] of files.entries()) {
        const id = reportIdOf(file);
        seen.add(id);
        const absolute = join(base, file);
        const bytes = readFileSync(absolute);
        const fileHash = sha256(bytes);
        const path = relative(root, absolute).split(sep).join('/');
        // The same text in another folder (another REPORTS_DIR) is another entry: its source path differs.
        const digest = `${fileHash}.${parser}.${sha256(path).slice(0, 12)}`;
        if (store.get(id)?.digest === digest) {
          unchanged++;
          continue;
        }
        // Parsed without its checks: the catalog runs them once per build (src/lib/getCatalog.ts). Kept out
        // of the store, they do not weigh on it (they would be about 70 % of a parsed report's size, and
        // the store is written, bundled and read again whole on every build).
        const entry = reportEntryData(await parseOriginalFile(bytes, path, { checks: false, cache }));
        const data = await parseData({ id, data: entry, filePath: path });
        store.set({ id, data, digest, filePath: path });
        parsed++;
        if ((index + 1) % 500 === 0) logger.info(`已读取 ${index + 1}/${files.length} 份报告…`);
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`报告 ${files.length} 份：解析 ${parsed} 份，未改动 ${unchanged} 份（${Date.now() - started} ms）。`);
    },
  };
}

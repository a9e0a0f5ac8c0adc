// Builds the Pagefind index after Astro has written the site, from the search records the build
// emitted under /search-records/ (which are then removed: they are not part of the site).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

export const RECORDS_DIR = 'search-records';

export function searchIndex(): AstroIntegration {
  return {
    name: 'nianbao-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsDir = join(out, RECORDS_DIR);
        const shards = readdirSync(recordsDir).filter((f) => f.endsWith('.json')).sort();
        const started = Date.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`无法创建搜索索引：${errors.join('; ')}`);
        let count = 0;
        for (const shard of shards) {
          const records = JSON.parse(readFileSync(join(recordsDir, shard), 'utf8')) as SearchRecord[];
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length > 0) throw new Error(`搜索索引无法收录 ${record.url}：${added.errors.join('; ')}`);
            count++;
          }
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
        await pagefind.close();
        rmSync(recordsDir, { recursive: true, force: true });
        logger.info(`搜索索引：${count} 份报告，${Date.now() - started} ms。`);
      },
    },
  };
}

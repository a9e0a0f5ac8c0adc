// One shard of the search index, in a process of its own (so that its memory is returned when it
// ends): `node indexShard.ts <records.jsonl> <outputFolder>` — one SearchRecord per line.
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { SEARCH_LANGUAGE } from './searchText.ts';
import { waitForEntry } from './shardEntry.ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node indexShard.ts <records.jsonl> <outputFolder>');
  process.exit(2);
}
const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
if (!index) throw new Error(`无法创建搜索索引：${errors.join('; ')}`);
const lines = readFileSync(input, 'utf8')
  .split('\n')
  .filter((l) => l !== '');
// A few records in flight at a time: one round trip per record would leave the indexer waiting.
const WINDOW = 8;
let next = 0;
const worker = async (): Promise<void> => {
  while (next < lines.length) {
    const record = JSON.parse(lines[next++] as string);
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`搜索索引无法收录 ${record.url}：${added.errors.join('; ')}`);
  }
};
await Promise.all(Array.from({ length: WINDOW }, worker));
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length > 0) throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
// writeFiles can answer before Pagefind has finished writing its entry file; closing the service
// then (it is killed) left an empty pagefind-entry.json in one shard of a 10,000-report build.
await waitForEntry(output);
await pagefind.close();
console.log(lines.length);

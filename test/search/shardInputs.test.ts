// A shard's records are made again only when what they are made from changed: its reports' data
// (store digests), the bodies they are filed under, or the code. A known input gives the records key
// and the words of the last build, and the queue then takes the shard from the cache without asking
// for a single record.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type ReportEntry } from '../../src/portal/catalog.ts';
import type { Body } from '../../src/schema/body.ts';
import { shardInputKey, shardInputStore } from '../../src/search/shardInputs.ts';
import { shardCache } from '../../src/search/shardCache.ts';
import { shardQueue } from '../../src/search/shardQueue.ts';
import type { SearchRecord } from '../../src/search/searchRecords.ts';
import { reportEntry } from '../support/reportEntry.ts';

const registry: Body[] = [
  { slug: 'wuzhong', name: '吴忠市人民政府办公室', aliases: ['吴忠市'], level: 'city', region: ['宁夏回族自治区', '吴忠市'] },
];
const entry = (id: string, year: number, digest?: string): ReportEntry => reportEntry(id, { agency: '吴忠市', year }, digest);
const years = [entry('wz-2020', 2020, 'd20'), entry('wz-2021', 2021, 'd21')];
const keyOf = (entries: ReportEntry[], bodies = registry, code = 'code-1') =>
  shardInputKey(buildCatalog(entries, bodies, '宁夏回族自治区').reports, code);

describe('shard input keys', () => {
  it('are the same for the same reports, bodies and code', () => {
    expect(keyOf(years)).toBe(keyOf(years));
    expect(keyOf(years)).not.toBeNull();
  });

  it('change with a report’s data, the body’s name or level, and the code', () => {
    const before = keyOf(years);
    expect(keyOf([years[0] as ReportEntry, entry('wz-2021', 2021, 'd21-edited')])).not.toBe(before);
    expect(keyOf(years, [{ ...(registry[0] as Body), name: '吴忠市人民政府' }])).not.toBe(before);
    expect(keyOf(years, [{ ...(registry[0] as Body), level: 'county' }])).not.toBe(before);
    expect(keyOf(years, registry, 'code-2')).not.toBe(before);
  });

  it('are null when a report has no digest to tell by', () => {
    expect(keyOf([entry('wz-2020', 2020)])).toBeNull();
  });
});

describe('shard input store', () => {
  it('gives back the records key and words, and forgets what a build no longer used', () => {
    const store = shardInputStore(join(mkdtempSync(join(tmpdir(), 'nianbao-inputs-')), 'inputs'));
    store.store('in-1', { recordsKey: 'rec-1', words: ['政府', '府信', '息'] });
    store.store('in-2', { recordsKey: 'rec-2', words: [] });
    expect(store.lookup('in-1')).toEqual({ recordsKey: 'rec-1', words: ['政府', '府信', '息'] });
    expect(store.lookup('in-2')).toEqual({ recordsKey: 'rec-2', words: [] });
    expect(store.lookup('in-3')).toBeNull();
    store.prune(new Set(['in-2']));
    expect(store.lookup('in-1')).toBeNull();
    expect(store.lookup('in-2')).not.toBeNull();
  });
});

describe('a shard whose records key is known', () => {
  const record = (url: string): SearchRecord => ({ url, content: url, language: 'en', meta: {}, filters: {}, sort: {} });

  it('is taken from the cache without its records being made, while the others are made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-known-'));
    const indexer = join(dir, 'indexer.mjs');
    writeFileSync(
      indexer,
      `import { mkdirSync, writeFileSync } from 'node:fs';
const [, output] = process.argv.slice(2);
mkdirSync(output, { recursive: true });
writeFileSync(output + '/pagefind-entry.json', JSON.stringify({ languages: { en: { hash: 'h' } } }));
writeFileSync(output + '/pagefind.h.pf_meta', 'meta');
`,
    );
    const records = ['/a/', '/b/', '/c/', '/d/'].map(record);
    const cache = shardCache(join(dir, 'cache'));
    const first = shardQueue(join(dir, 'work-1'), indexer, { size: 2, cache });
    first.offer(records.length, (i) => records[i] as SearchRecord);
    const { outputs } = await first.finish();

    const asked: number[] = [];
    const second = shardQueue(join(dir, 'work-2'), indexer, { size: 2, cache });
    second.offer(
      records.length,
      (i) => {
        asked.push(i);
        return records[i] as SearchRecord;
      },
      (shard) => (shard === 0 ? (outputs[0]?.key ?? null) : 'a key the cache does not hold'),
    );
    const result = await second.finish();
    expect(asked).toEqual([2, 3]);
    expect(result.reused).toBe(2);
    expect(result.outputs.map((o) => o.key)).toEqual(outputs.map((o) => o.key));
  });
});

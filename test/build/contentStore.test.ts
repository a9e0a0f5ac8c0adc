// The search index reads the reports from Astro's content store file: every collection's entries in
// the store's order, and nothing (not an error) where no store was written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { storedCollections } from '../../src/build/contentStore.ts';

describe('storedCollections', () => {
  it('gives each collection’s entries in the store’s order', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-store-')), 'data-store.json');
    const reports = new Map([
      ['b-2021', { id: 'b-2021', data: { year: 2021, title: '乙' }, digest: 'd2' }],
      ['a-2020', { id: 'a-2020', data: { year: 2020, title: null }, digest: 'd1' }],
    ]);
    const bodies = new Map([['litong', { id: 'litong', data: { slug: 'litong', name: '利通区人民政府' } }]]);
    writeFileSync(
      file,
      stringify(
        new Map<string, unknown>([
          ['reports', reports],
          ['bodies', bodies],
        ]),
      ),
    );
    const collections = storedCollections(file);
    expect(collections.get('reports')?.map((e) => e.id)).toEqual(['b-2021', 'a-2020']);
    expect(collections.get('reports')?.[1]).toEqual({ id: 'a-2020', data: { year: 2020, title: null }, digest: 'd1' });
    expect(collections.get('bodies')?.[0]?.data).toEqual({ slug: 'litong', name: '利通区人民政府' });
  });

  it('gives no collection where no store was written', () => {
    expect(storedCollections(join(tmpdir(), 'no-such-folder', 'data-store.json')).size).toBe(0);
  });
});

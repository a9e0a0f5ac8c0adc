// The content loader reads web pages and Word files beside .txt files, caches their conversion in the
// project's cache folder, and keeps a file it cannot read as a report that says so, not a failed build.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR } from '../../src/import/conversionCache.ts';
import { reportsLoader } from '../../src/portal/reportsLoader.ts';
import { reportDocx } from '../support/reportDocx.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string };

function load(root: string, store: Map<string, Entry>) {
  const context = {
    collection: 'reports',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    store: {
      get: (id: string) => store.get(id),
      set: (e: Entry) => store.set(e.id, e) && true,
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
  };
  return reportsLoader({ base: 'content/reports' }).load(context as never);
}

describe('reportsLoader with originals', () => {
  it('reads a page, a Word file and an unreadable file beside a .txt; each converted original cached once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nianbao-loader-'));
    const reports = join(root, 'content/reports/a');
    mkdirSync(reports, { recursive: true });
    copyFileSync(
      join(import.meta.dirname, '../fixtures/originals/009_fujian-pingtan-zonghe-2022.html'),
      join(reports, 'pingtan-2022.html'),
    );
    writeFileSync(
      join(reports, 'mouxian-2021.docx'),
      await reportDocx([{ heading: '某县人民政府2021年政府信息公开工作年度报告' }, { paragraph: '一、总体情况' }]),
    );
    writeFileSync(join(reports, 'broken-2021.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
    writeFileSync(join(reports, 'notes.md'), '不是报告');
    const store = new Map<string, Entry>();
    await load(root, store);

    expect([...store.keys()].sort()).toEqual(['a/broken-2021', 'a/mouxian-2021', 'a/pingtan-2022']);
    const page = store.get('a/pingtan-2022')?.data as { title: string; source: Record<string, unknown>; applications: unknown };
    expect(page.title).toBe('平潭综合实验区2022年度政府信息公开工作年度报告');
    expect(page.source).toMatchObject({ path: 'content/reports/a/pingtan-2022.html', format: 'html', fromOriginal: { title: page.title } });
    expect((store.get('a/mouxian-2021')?.data as { agency: string }).agency).toBe('某县人民政府');
    const broken = store.get('a/broken-2021')?.data as { diagnostics: { code: string }[]; agency: unknown };
    expect(broken.diagnostics.map((d) => d.code)).toEqual(['import.binary']);
    expect(broken.agency).toBeNull();
    expect(readdirSync(join(root, DEFAULT_CACHE_DIR))).toHaveLength(2);
  });
});

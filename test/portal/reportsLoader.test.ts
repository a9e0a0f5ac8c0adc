// The report loader parses a file once; on the next build an unchanged file is taken from the
// store as it is, a changed file is parsed again, and a deleted file leaves the collection.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportsLoader } from '../../src/portal/reportsLoader.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

function fakeContext(root: string, store: Map<string, Entry>, log: string[]) {
  const writes: string[] = [];
  return {
    writes,
    context: {
      collection: 'reports',
      config: { root: pathToFileURL(`${root}/`) },
      logger: { info: (m: string) => log.push(m), warn: (m: string) => log.push(m), error: (m: string) => log.push(m) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      store: {
        get: (id: string) => store.get(id),
        set: (e: Entry) => {
          writes.push(e.id);
          store.set(e.id, e);
          return true;
        },
        keys: () => [...store.keys()],
        delete: (id: string) => store.delete(id),
      },
    },
  };
}

const REPORT = '某县人民政府2021年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n';

describe('reportsLoader', () => {
  it('parses new files, skips unchanged ones, re-parses changed ones and drops deleted ones', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nianbao-loader-'));
    mkdirSync(join(root, 'content/reports/a'), { recursive: true });
    writeFileSync(join(root, 'content/reports/a/one-2021.txt'), REPORT);
    writeFileSync(join(root, 'content/reports/a/two-2021.txt'), REPORT.replace('某县', '另一县'));
    const loader = reportsLoader({ base: 'content/reports' });
    const store = new Map<string, Entry>();
    const log: string[] = [];

    const first = fakeContext(root, store, log);
    await loader.load(first.context as never);
    expect(first.writes.sort()).toEqual(['a/one-2021', 'a/two-2021']);
    const one = store.get('a/one-2021')?.data as { agency: string; source: { sha256: string } };
    expect(one.agency).toBe('某县人民政府');
    expect(one.source.sha256).toMatch(/^[0-9a-f]{64}$/);

    const second = fakeContext(root, store, log);
    await loader.load(second.context as never);
    expect(second.writes).toEqual([]);
    expect(log.at(-1)).toContain('解析 0 份，未改动 2 份');

    writeFileSync(join(root, 'content/reports/a/two-2021.txt'), REPORT.replace('某县', '第三县'));
    rmSync(join(root, 'content/reports/a/one-2021.txt'));
    const third = fakeContext(root, store, log);
    await loader.load(third.context as never);
    expect(third.writes).toEqual(['a/two-2021']);
    expect([...store.keys()]).toEqual(['a/two-2021']);
    expect((store.get('a/two-2021')?.data as { agency: string }).agency).toBe('第三县人民政府');
  });
});

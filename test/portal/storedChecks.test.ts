// The content store keeps reports parsed without their checks; the catalog runs them once from the
// stored fields. That must give the checks a full parse gives, for every bundled and generated report.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport, reportChecks } from '../../src/parser/index.ts';
import { generateCorpus } from '../../scripts/bench/generator/corpus.ts';
import { readSources, SOURCES_DIR } from '../../scripts/bench/generator/sources.ts';
import { reportsLoader } from '../../src/portal/reportsLoader.ts';

describe('checks left out of the store', () => {
  it('come out the same when run from the fields of a report parsed without them', () => {
    const texts = [
      ...readSources(),
      ...[...generateCorpus({ reports: 200, seed: 'checks', sources: readSources() }).reports].map((r) => r.text),
    ];
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) {
      const report = parseReport(text);
      const unchecked = parseReport(text, { checks: false });
      expect(unchecked).toEqual({ ...report, checks: [] });
      expect(reportChecks(unchecked)).toEqual(report.checks);
    }
  });

  it('are not written to the store by the loader', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nianbao-stored-checks-'));
    try {
      mkdirSync(join(root, 'content/reports'), { recursive: true });
      writeFileSync(join(root, 'content/reports/a-2021.txt'), readFileSync(join(SOURCES_DIR, 'seed-wuzhong-office-2021/input.txt')));
      const stored = new Map<string, { data: { checks: unknown[]; applications: unknown } }>();
      await reportsLoader({ base: 'content/reports' }).load({
        collection: 'reports',
        config: { root: pathToFileURL(`${root}/`) },
        logger: { info: () => {} },
        parseData: async ({ data }: { data: unknown }) => data,
        store: { get: () => undefined, set: (e: { id: string; data: never }) => stored.set(e.id, e), keys: () => [], delete: () => {} },
      } as never);
      expect(stored.get('a-2021')?.data.checks).toEqual([]);
      expect(stored.get('a-2021')?.data.applications).not.toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

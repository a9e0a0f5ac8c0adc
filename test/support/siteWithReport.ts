// A site built from a copy of content/reports with one report added, and served: for tests that
// show what a newly committed file does to the portal. Each gets a folder of its own, removed on close.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, buildSite, buildWorkDir } from './buildSite.ts';
import { startStaticServer } from '../../scripts/tools/staticServer.ts';

export interface SiteWithReport {
  /** The copy of content/reports the site was built from, the added report among them. */
  reportsDir: string;
  buildMs: number;
  url(path: string): string;
  close(): Promise<void>;
}

/** Builds the bundled reports plus `text` at `content/reports/<id>.txt`, and serves the site. */
export async function buildSiteWithReport(name: string, id: string, text: string): Promise<SiteWithReport> {
  const work = buildWorkDir(`test-${name}-`);
  const reportsDir = join(work, 'reports');
  cpSync(join(REPO, 'content/reports'), reportsDir, { recursive: true });
  writeFileSync(join(reportsDir, `${id}.txt`), text);
  const outDir = join(work, 'dist');
  const started = Date.now();
  // buildSite gives the build a content cache of its own (ASTRO_CACHE_DIR beside its output).
  await buildSite({ outDir, basePath: '/', logFile: join(work, 'build.log'), env: { REPORTS_DIR: reportsDir } });
  const buildMs = Date.now() - started;
  const server = await startStaticServer({ root: outDir });
  return {
    reportsDir,
    buildMs,
    url: (path) => new URL(path, server.url).href,
    close: async () => {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

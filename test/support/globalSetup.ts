// Global setup of the "browser" vitest project: runs once per test run, before any browser test file.
// Builds the portal twice into one temporary folder (below .astro/, see buildWorkDir) — at the domain root
// and with BASE_PATH=/nianbao/ — and serves each build on 127.0.0.1; the test files get the addresses
// through inject('site:root') / inject('site:sub'). Both servers stop and the folder is removed after
// the run (set NIANBAO_KEEP_BUILD=1 to keep it for a look).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, buildWorkDir } from './buildSite.ts';
import { CHROMIUM_PATH, isCI, type BuiltSite, type SiteName } from './site.ts';
import { startStaticServer, type StaticServer } from '../../scripts/tools/staticServer.ts';

const BUILDS: { name: SiteName; basePath: string }[] = [
  { name: 'root', basePath: '/' },
  { name: 'sub', basePath: '/nianbao/' },
];

function say(line: string): void {
  process.stderr.write(`[browser tests] ${line}\n`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('site:root', null);
  project.provide('site:sub', null);
  project.provide('browser:skip', null);

  if (!existsSync(CHROMIUM_PATH)) {
    if (!isCI()) {
      const reason = `no Chromium at ${CHROMIUM_PATH} (install Debian's: apt-get install chromium)`;
      say('');
      say(`SKIPPED: ${reason}.`);
      say('On CI (CI=true) a missing Chromium fails the browser tests instead.');
      say('');
      project.provide('browser:skip', reason);
      return async () => {};
    }
    say(`Chromium is missing at ${CHROMIUM_PATH} and CI is set: the browser tests will fail.`);
  }

  const dir = buildWorkDir('test-browser-');
  const servers: StaticServer[] = [];
  // One build after the other: Astro keeps working files in the project's .astro/ folder.
  for (const { name, basePath } of BUILDS) {
    const outDir = join(dir, name);
    mkdirSync(outDir, { recursive: true });
    const started = Date.now();
    let error: string | null = null;
    try {
      await buildSite({ outDir, basePath, logFile: join(dir, `build-${name}.log`) });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const buildMs = Date.now() - started;
    let server: StaticServer | null = null;
    if (error === null) {
      server = await startStaticServer({ root: outDir, basePath });
      servers.push(server);
      say(`built BASE_PATH=${basePath} in ${(buildMs / 1000).toFixed(1)} s, serving ${server.url}`);
    } else {
      say(`build BASE_PATH=${basePath} FAILED after ${(buildMs / 1000).toFixed(1)} s; every test using it will fail.`);
      say(error.split('\n').slice(0, 3).join(' / '));
    }
    const built: BuiltSite = {
      name,
      basePath,
      origin: server?.origin ?? '',
      url: server?.url ?? '',
      dir: outDir,
      buildMs,
      error,
    };
    project.provide(`site:${name}`, built);
  }

  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    if (process.env.NIANBAO_KEEP_BUILD) say(`kept the builds in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
}

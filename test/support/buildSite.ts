// Builds the portal into a folder with `astro build --outDir <dir>`, run by the pinned Node that runs
// the tests (process.execPath), with BASE_PATH set for a sub-path build and unset for a root build.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const REPO = join(import.meta.dirname, '../..');

/**
 * A new folder for a test build, below the project's .astro/. Astro keeps a build's prerender chunks
 * beside its outDir when that is inside the working folder, and in one shared folder (.astro/.prerender/)
 * for any other, which it deletes when the build ends: two test builds with outDirs elsewhere (the
 * system's temporary folder) running at once can render with each other's chunks or lose them.
 */
export function buildWorkDir(prefix: string): string {
  mkdirSync(join(REPO, '.astro'), { recursive: true });
  return mkdtempSync(join(REPO, '.astro', prefix));
}

export interface BuildOptions {
  outDir: string;
  /** `/` for the domain root, or e.g. `/nianbao/`. */
  basePath: string;
  /** Where the build's output goes, kept for when it fails. */
  logFile: string;
  timeoutMs?: number;
  /** Extra environment for the build, e.g. REPORTS_DIR for a test site with other reports. */
  env?: Record<string, string>;
}

function astroCli(): string {
  const require = createRequire(join(REPO, 'package.json'));
  const pkgPath = require.resolve('astro/package.json');
  return join(dirname(pkgPath), 'bin', 'astro.mjs');
}

async function tail(file: string, lines: number): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(no build log)';
  }
}

/** Resolves when the build succeeded; rejects with the end of the build log otherwise. */
export async function buildSite({ outDir, basePath, logFile, timeoutMs = 300_000, env: extra = {} }: BuildOptions): Promise<void> {
  // Each test build keeps its content cache beside its output, apart from every other build.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ASTRO_CACHE_DIR: `${outDir}.cache`,
    ...extra,
  };
  if (basePath === '/') delete env.BASE_PATH;
  else env.BASE_PATH = basePath;
  const log = createWriteStream(logFile);
  const started = Date.now();
  const code = await new Promise<number | string>((done) => {
    const child = spawn(process.execPath, [astroCli(), 'build', '--outDir', outDir], {
      cwd: REPO,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(`timed out after ${timeoutMs / 1000} s`);
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      done(e.message);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done(status ?? String(signal));
    });
  });
  await new Promise<void>((ok) => log.end(ok));
  if (code !== 0) {
    throw new Error(
      `astro build (BASE_PATH=${basePath}) failed: ${typeof code === 'number' ? `exit ${code}` : code} after ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
        `Log: ${logFile}\n--- last lines ---\n${await tail(logFile, 40)}`,
    );
  }
}

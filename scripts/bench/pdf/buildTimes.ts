// The bundled site built from the text reports and from their PDFs, each twice: the conversion cache
// emptied first (cold), then kept (warm). Each build starts with an empty Astro cache and output
// folder, so that only the conversion cache differs between the two. Returns the four wall times.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CACHE_DIR } from '../../../src/import/conversionCache.ts';
import { readBuildLog } from '../build/buildLog.ts';
import { REPO, runBuild } from '../build/runBuild.ts';

export async function buildTimes(dirs: { txt: string; pdf: string }, work: string): Promise<number[]> {
  // Below the project: Astro writes prerender chunks beside an outDir there (see benchBuild.ts).
  const outDir = join(REPO, '.astro', 'bench-pdf', 'dist');
  const times: number[] = [];
  for (const kind of ['txt', 'pdf'] as const) {
    rmSync(join(REPO, DEFAULT_CACHE_DIR), { recursive: true, force: true });
    for (const pass of ['cold', 'warm']) {
      const logFile = join(work, `${kind}-${pass}.log`);
      const astroCache = join(work, `astro-cache-${kind}-${pass}`);
      rmSync(outDir, { recursive: true, force: true });
      const load = (loadavg()[0] as number).toFixed(2);
      const run = await runBuild({ outDir, logFile, env: { REPORTS_DIR: dirs[kind], ASTRO_CACHE_DIR: astroCache } });
      if (!run.ok) throw new Error(`构建失败，日志见 ${logFile}`);
      times.push(run.wallMs);
      const cache = pass === 'cold' ? '为空' : '已有';
      const loader = readBuildLog(run.log).loader;
      const read = loader ? `，读取报告 ${loader.reports} 份 ${loader.ms} ms` : '';
      console.log(`构建，随附报告为 .${kind}（转换缓存${cache}）：${(run.wallMs / 1000).toFixed(1)} s${read}（开始时负载 ${load}）`);
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  return times;
}

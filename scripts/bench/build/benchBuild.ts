// bench:build — a full build of the portal over a generated corpus of N reports, then a rebuild
// after one report changed: wall time, pages per second, peak memory of the process tree, output
// and index sizes, and what a first search downloads.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus, BENCH_ROOT } from './corpusCache.ts';
import { REPO, runBuild } from './runBuild.ts';
import { folderSize, type FolderSize } from './folderSize.ts';
import { type BuildLogFigures, readBuildLog } from './buildLog.ts';
import { EDIT, editReport } from './touchReport.ts';
import { type SiteWeight, siteWeight } from './siteWeight.ts';
import { type BudgetLine, checkBudget } from './siteBudget.ts';
import { memoryTimeline } from './memoryTimeline.ts';
import { startStaticServer } from '../../tools/staticServer.ts';
import { type QueryCost, coldQueryCost } from '../../tools/coldQuery.ts';

export interface BenchOptions {
  reports: number;
  seed: string;
  queries: string[];
  /** Skip the rebuild after one report changed. */
  rebuild: boolean;
  /** Only the rebuild, on the output and content cache an earlier run for the same N left. */
  rebuildOnly?: boolean;
  /** Extra arguments for the build's Node, e.g. --cpu-prof --cpu-prof-dir=… */
  nodeArgs?: string[];
  log?: (line: string) => void;
}

export interface MeasuredBuild {
  wallMs: number;
  peakRssBytes: number;
  /** User + system seconds: the build's own Node process, and the whole tree (search indexers included). */
  cpuSeconds: { build: number; tree: number };
  load: number;
  figures: BuildLogFigures;
  logFile: string;
  /** Seconds, MiB in total and by process name, every 200 ms. */
  memoryFile: string;
}

export interface BenchResult {
  reports: number;
  corpus: { dir: string; bytes: number; reused: boolean; generateMs: number };
  build: MeasuredBuild | null;
  dist: FolderSize | null;
  /** The site as the hosts count it, and the limits it must fit. */
  weight: SiteWeight | null;
  budget: BudgetLine[];
  index: FolderSize | null;
  queries: QueryCost[];
  /** `shown`: the edited report's page shows the edit after the rebuild (it was rendered again, not copied). */
  rebuild: (MeasuredBuild & { edited: string; shown: boolean }) | null;
}

function firstReport(manifestFile: string): string {
  const line = readFileSync(manifestFile, 'utf8').split('\n')[1] ?? '';
  return line.split('\t')[0] ?? '';
}

export async function benchBuild(options: BenchOptions): Promise<BenchResult> {
  const say = options.log ?? (() => {});
  const corpus = ensureCorpus(options.reports, options.seed);
  say(`corpus: ${corpus.dir} (${corpus.reused ? 'reused' : `generated in ${(corpus.generateMs / 1000).toFixed(1)} s`})`);
  // Inside the project: Astro writes its prerender chunks beside an outDir below the working folder,
  // but into the shared <project>/.astro/.prerender for any other outDir, where a build running at
  // the same time (a test build) would overwrite them.
  const outDir = join(REPO, '.astro', 'bench', `dist-${options.reports}`);
  const cacheDir = join(BENCH_ROOT, `cache-${options.reports}`);
  if (options.rebuildOnly && !(existsSync(outDir) && existsSync(cacheDir)))
    throw new Error(`没有 ${options.reports} 份报告的上次构建（${outDir}）：先运行一次完整的 bench:build。`);
  if (!options.rebuildOnly) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const env = {
    REPORTS_DIR: corpus.reportsDir,
    AGENCIES_FILE: corpus.bodiesFile,
    ASTRO_CACHE_DIR: cacheDir,
    PORTAL_ROOT_REGION: corpus.province,
    PORTAL_NAME: `${corpus.province}政府信息公开工作年度报告`,
  };
  const measured = async (name: string): Promise<MeasuredBuild> => {
    const load = loadavg()[0] as number;
    const logFile = join(BENCH_ROOT, `${name}-${options.reports}.log`);
    say(`${name}: astro build (load average ${load.toFixed(2)}), log ${logFile}`);
    const run = await runBuild({ outDir, logFile, env, nodeArgs: options.nodeArgs });
    if (!run.ok) throw new Error(`astro build failed; see ${logFile}\n${run.log.split('\n').slice(-30).join('\n')}`);
    const memoryFile = logFile.replace(/\.log$/, '.memory.tsv');
    writeFileSync(memoryFile, memoryTimeline(run.memory, run.startedAt));
    return {
      wallMs: run.wallMs,
      peakRssBytes: run.peakRssBytes,
      cpuSeconds: run.cpuSeconds,
      load,
      figures: readBuildLog(run.log),
      logFile,
      memoryFile,
    };
  };

  let build: MeasuredBuild | null = null;
  let dist: FolderSize | null = null;
  let weight: SiteWeight | null = null;
  let budget: BudgetLine[] = [];
  let index: FolderSize | null = null;
  let queries: QueryCost[] = [];
  if (!options.rebuildOnly) {
    build = await measured('build');
    dist = folderSize(outDir);
    weight = siteWeight(outDir);
    budget = checkBudget(weight, options.reports);
    index = folderSize(join(outDir, 'pagefind'));
    const server = await startStaticServer({ root: outDir });
    try {
      queries = await coldQueryCost(server.url, options.queries);
    } finally {
      await server.close();
    }
  }

  let rebuild: BenchResult['rebuild'] = null;
  if (options.rebuild || options.rebuildOnly) {
    const edited = firstReport(corpus.manifestFile);
    const mark = new Date().toISOString();
    const restore = editReport(join(corpus.reportsDir, edited), mark);
    try {
      const measuredRebuild = await measured('rebuild');
      const page = join(outDir, 'reports', edited.replace(/\.txt$/, ''), 'index.html');
      const shown = existsSync(page) && readFileSync(page, 'utf8').includes(`${EDIT}（${mark}）`);
      rebuild = { ...measuredRebuild, edited, shown };
    } finally {
      restore();
    }
  }
  const corpusBytes = folderSize(corpus.reportsDir).bytes;
  return {
    reports: options.reports,
    corpus: { dir: corpus.dir, bytes: corpusBytes, reused: corpus.reused, generateMs: corpus.generateMs },
    build,
    dist,
    weight,
    budget,
    index,
    queries,
    rebuild,
  };
}

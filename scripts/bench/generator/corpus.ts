// The benchmark corpus: N reports of one province over ten years, and its registry of bodies.
// Deterministic: the same options and source texts give byte-identical files.
import type { Body as RegistryEntry } from '../../../src/schema/body.ts';
import { createRng } from './random.ts';
import { planCorpus } from './plan.ts';
import { buildProsePool } from './prosePool.ts';
import { type BodyState, type ReportIntent, type ReportSettings, generateReport } from './report.ts';
import type { Body } from './geography.ts';

export interface CorpusOptions {
  reports: number;
  seed: string;
  /** Texts of real reports whose prose the corpus reuses. */
  sources: string[];
  firstYear?: number;
  years?: number;
  provinceName?: string;
  missingRate?: number;
  breakRate?: number;
  untitledRate?: number;
  profiles?: ReportSettings['profiles'];
}

export const DEFAULT_PROFILES: ReportSettings['profiles'] = [
  ['web', 40],
  ['webBroken', 12],
  ['markdown', 12],
  ['pdf', 18],
  ['oneLine', 12],
  ['oneLineRunTogether', 6],
];

export interface GeneratedReport {
  text: string;
  intent: ReportIntent;
}

export interface Corpus {
  province: string;
  registry: RegistryEntry[];
  /** The reports, generated one at a time as they are read. */
  reports: Iterable<GeneratedReport>;
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const rng = createRng(options.seed);
  const firstYear = options.firstYear ?? 2015;
  const plan = planCorpus(rng.fork('plan'), {
    reports: options.reports,
    firstYear,
    years: options.years ?? 10,
    provinceName: options.provinceName ?? '东岭省',
    missingRate: options.missingRate ?? 0.03,
  });
  const settings: ReportSettings = {
    breakRate: options.breakRate ?? 0.04,
    untitledRate: options.untitledRate ?? 0.02,
    profiles: options.profiles ?? DEFAULT_PROFILES,
  };
  const pool = buildProsePool(options.sources);
  function* reports(): Generator<GeneratedReport> {
    const states = new Map<Body, BodyState>();
    for (const { body, year } of plan.slots) {
      const state = states.get(body) ?? { carriedForward: null, inForce: null, lastYear: null };
      const r = generateReport(rng.fork(`report/${body.entry.slug}/${year}`), pool, plan.province, body, year, state, settings);
      states.set(body, r.state);
      yield { text: r.text, intent: r.intent };
    }
  }
  return { province: plan.province.name, registry: plan.bodies.map((b) => b.entry), reports: reports() };
}

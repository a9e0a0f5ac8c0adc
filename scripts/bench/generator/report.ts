// One generated report: its figures (carried on from the same body's report of the year before),
// a break at the known rate, its parts, and its text in one of the layouts.
import { type ApplicationsFigures, applicationsFigures } from './applicationsFigures.ts';
import { type InForce, proactive2019, proactive2021, reviewFigures } from './otherFigures.ts';
import { legacyStatistics } from './legacyStatistics.ts';
import { applicationsGrid, legacyGrid, proactiveGrid, reviewGrid } from './tableGrids.ts';
import { type Break, BREAKS, applyBreak } from './breaks.ts';
import { type ReportContent, composeReport } from './compose.ts';
import { type Profile, layOut } from './layout.ts';
import { formatOfYear } from './formats.ts';
import type { Body, Province } from './geography.ts';
import type { ProsePool } from './prosePool.ts';
import type { Rng } from './random.ts';

/** What a body's report passes on to its report of the next year. */
export interface BodyState {
  /** Last year's carriedForward, six columns. */
  carriedForward: number[] | null;
  inForce: InForce | null;
  lastYear: number | null;
}

export interface ReportSettings {
  breakRate: number;
  profiles: readonly (readonly [Profile, number])[];
  /** Share of reports without a title, whose front matter names the body and year. */
  untitledRate: number;
}

/** What a generated report is meant to say: the tests compare it with what the parser reads. */
export interface ReportIntent {
  path: string;
  slug: string;
  signedAs: string;
  year: number;
  format: ReportFormat;
  profile: Profile;
  frontMatter: boolean;
  /** The rule broken on purpose, or null. */
  broken: Break | null;
  /** Whether the parser is meant to read every figure of the tables (run-together digits and
   * flattened or broken-up legacy 统计表 are ambiguous by nature). */
  tablesReadable: boolean;
  /** Table 3 and 4 as printed (after the break), modern formats only. */
  applications: ApplicationsFigures | null;
  review: Record<string, number[]> | null;
  /** The legacy 统计表's 收到申请数, legacy formats with a table only. */
  legacyReceived: number | null;
}

type ReportFormat = ReportContent['format'];

export function tablesReadable(format: ReportFormat, profile: Profile): boolean {
  if (profile === 'oneLineRunTogether') return false;
  return format !== 'legacy' || profile === 'web' || profile === 'webBroken';
}

function placesOf(province: Province, body: Body): ReportContent['places'] {
  const region = body.entry.region;
  return {
    province: province.name,
    city: region[1] ?? province.name,
    county: region[2] ?? region[1] ?? province.name,
    town: region[3] ?? body.place,
  };
}

export function generateReport(
  rng: Rng,
  pool: ProsePool,
  province: Province,
  body: Body,
  year: number,
  state: BodyState,
  settings: ReportSettings,
): { text: string; intent: ReportIntent; state: BodyState } {
  const format = formatOfYear(year);
  const profile = rng.weighted(settings.profiles);
  const titled = !rng.chance(settings.untitledRate);
  const signedAs = rng.chance(0.7) ? (body.signatures[0] as string) : rng.pick(body.signatures);
  const hasPreviousYear = state.lastYear === year - 1;
  const figures = rng.fork('figures');
  let applications: ApplicationsFigures | null = null;
  let review: ReturnType<typeof reviewFigures> | null = null;
  let inForce = state.inForce;
  const tables: ReportContent['tables'] = {};
  let legacyReceived: number | null = null;
  let received: number;
  if (format === 'legacy') {
    received = Math.max(0, Math.round(body.scale * 0.6 * Math.exp(figures.next() - 0.5)) - (figures.chance(0.3) ? body.scale : 0));
    if (figures.chance(0.75)) {
      tables.legacy = legacyGrid(legacyStatistics(figures, body.scale, received));
      legacyReceived = received;
    }
  } else {
    applications = applicationsFigures(figures, body.scale, year, format, state.carriedForward);
    received = applications.received?.[6] ?? 0;
    review = reviewFigures(figures, received);
    if (format === '2021') {
      const p = proactive2021(figures, body.scale, state.inForce);
      inForce = p.inForce;
      tables.proactive = proactiveGrid(p.figures, format);
    } else {
      inForce = null;
      tables.proactive = proactiveGrid(proactive2019(figures, body.scale), format);
    }
  }
  const statement = applications
    ? { received, carriedOver: applications.carriedOver?.[6] ?? 0, processed: applications.processedTotal?.[6] ?? 0 }
    : { received, carriedOver: 0, processed: received };
  const breakable = { applications, review, statement: applications ? statement : null, periodYear: year, hasPreviousYear };
  let broken: Break | null = null;
  if (rng.chance(settings.breakRate)) {
    for (const kind of rng.shuffle(BREAKS)) {
      if (applyBreak(kind, breakable)) {
        broken = kind;
        break;
      }
    }
  }
  if (applications) tables.applications = applicationsGrid(applications, format as '2021' | '2019');
  if (review) tables.reviewLitigation = reviewGrid(review);
  const content: ReportContent = {
    format,
    year,
    signedAs,
    places: placesOf(province, body),
    periodYear: breakable.periodYear,
    statement,
    tables,
    review: { review: review?.review[4] ?? 0, litigation: (review?.litigationDirect[4] ?? 0) + (review?.litigationAfterReview[4] ?? 0) },
    titled,
    dueMonth: body.entry.level === 'department' ? 1 : 3,
  };
  const parts = composeReport(rng.fork('text'), pool, content);
  let text = layOut(rng.fork('layout'), parts, titled ? profile : 'web');
  if (!titled) text = `---\nbody: ${signedAs}\nyear: ${year}\nnotes: 原文无标题，机关和年度据发布页面补充。\n---\n${text}`;
  const path = [...body.folders, `${body.entry.slug}-${year}.txt`].join('/');
  return {
    text,
    intent: {
      path,
      slug: body.entry.slug,
      signedAs,
      year,
      format,
      profile: titled ? profile : 'web',
      frontMatter: !titled,
      broken,
      tablesReadable: tablesReadable(format, titled ? profile : 'web'),
      applications,
      review: review ? { ...review } : null,
      legacyReceived,
    },
    state: {
      carriedForward: applications ? (applications.carriedForward?.slice(0, 6) ?? null) : state.carriedForward,
      inForce,
      lastYear: year,
    },
  };
}

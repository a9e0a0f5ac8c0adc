// Which reports the corpus holds: bodies of the province taken in a seeded random order, each with a
// report for every year of the range from the year it was created (a few years missing, as on a real
// portal), until there are as many reports as asked for.
import type { Rng } from './random.ts';
import { type Body, type Province, buildProvince } from './geography.ts';

export interface PlanOptions {
  reports: number;
  firstYear: number;
  years: number;
  provinceName: string;
  /** Share of (body, year) pairs without a report. */
  missingRate: number;
}

export interface Slot {
  body: Body;
  year: number;
}

export interface Plan {
  province: Province;
  /** Grouped by body, each body's years in order. */
  slots: Slot[];
  /** The bodies that have at least one report, in the province's order. */
  bodies: Body[];
}

export function planCorpus(rng: Rng, options: PlanOptions): Plan {
  const perBody = options.years * (1 - options.missingRate);
  const province = buildProvince(rng.fork('province'), {
    provinceName: options.provinceName,
    minBodies: Math.ceil((options.reports / perBody) * 1.3) + 10,
  });
  const order = rng.fork('order').shuffle(province.bodies);
  const gaps = rng.fork('missing');
  const slots: Slot[] = [];
  const used = new Set<Body>();
  for (const body of order) {
    for (
      let year = Math.max(options.firstYear, body.since);
      year < options.firstYear + options.years && slots.length < options.reports;
      year++
    ) {
      if (gaps.chance(options.missingRate)) continue;
      slots.push({ body, year });
      used.add(body);
    }
    if (slots.length >= options.reports) break;
  }
  return { province, slots, bodies: province.bodies.filter((b) => used.has(b)) };
}

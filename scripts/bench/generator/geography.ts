// The benchmark province: cities, counties and townships with their governments and departments,
// each a body with a registry entry. Deterministic for a seed; names unique across the province,
// and unique as region slugs, so that every region page has an address of its own.
import type { Body as RegistryEntry } from '../../../src/schema/body.ts';
import { regionSlugOf } from '../../../src/registry/slug.ts';
import type { Rng } from './random.ts';
import { COUNTY_DEPARTMENTS, DEPARTMENTS, PLACE_FIRST, PLACE_SECOND } from './names.ts';

export interface Body {
  /** Its entry in the registry the corpus writes (agencies.yaml). */
  entry: RegistryEntry;
  /** Names the body signs its reports with (the registered name first). */
  signatures: string[];
  /** The shortest name of its place or government, used in prose (吴忠市, 利通区). */
  place: string;
  /** Folders of its report files, from the province down (ASCII). */
  folders: string[];
  /** First year it publishes a report (bodies created in the 2018 reform start in 2019). */
  since: number;
  /** Rough scale of its work: the median of requests received in a year. */
  scale: number;
}

export interface Province {
  name: string;
  slug: string;
  bodies: Body[];
}

class NameSource {
  private readonly used = new Set<string>();
  private readonly slugs = new Set<string>();
  private readonly rng: Rng;
  constructor(rng: Rng) {
    this.rng = rng;
  }

  /** A new two-character place name with its suffix (市, 县, 区, 镇, 乡). */
  take(suffixes: readonly string[]): { name: string; slug: string } {
    for (;;) {
      const name = this.rng.pick(PLACE_FIRST) + this.rng.pick(PLACE_SECOND) + this.rng.pick(suffixes);
      const stem = name.slice(0, 2);
      const slug = regionSlugOf(name);
      if (stem[0] === stem[1]) continue;
      if (this.used.has(stem) || this.slugs.has(slug)) continue;
      this.used.add(stem);
      this.slugs.add(slug);
      return { name, slug };
    }
  }
}

export interface GeographyOptions {
  provinceName: string;
  /** At least this many bodies. */
  minBodies: number;
}

function scaleOf(rng: Rng, median: number): number {
  // Log-normal-ish: a few bodies receive many times the median.
  return Math.max(1, Math.round(median * Math.exp((rng.next() + rng.next() + rng.next() - 1.5) * 1.2)));
}

export function buildProvince(rng: Rng, options: GeographyOptions): Province {
  const names = new NameSource(rng);
  const province = options.provinceName;
  const slug = regionSlugOf(province);
  const bodies: Body[] = [];
  const add = (b: Omit<Body, 'scale'>, median: number) => bodies.push({ ...b, scale: scaleOf(rng, median) });

  add(
    {
      entry: {
        slug: 'sheng-zf',
        name: `${province}人民政府办公厅`,
        aliases: [`${province}政府办公厅`],
        level: 'province',
        region: [province],
      },
      signatures: [`${province}人民政府办公厅`, `${province}政府办公厅`],
      place: province,
      folders: [slug],
      since: 0,
    },
    120,
  );
  for (const d of DEPARTMENTS) {
    const name = `${province}${d.province}`;
    add(
      {
        entry: { slug: `sheng-${d.code}`, name, aliases: [], level: 'department', region: [province] },
        signatures: [name],
        place: province,
        folders: [slug, 'sheng'],
        since: d.since ?? 0,
      },
      25,
    );
  }

  for (let c = 1; bodies.length < options.minBodies || c <= 10; c++) {
    const city = names.take(['市']);
    const citySlug = `c${String(c).padStart(2, '0')}`;
    const cityRegion = [province, city.name];
    const cityFolders = [slug, city.slug];
    add(
      {
        entry: {
          slug: citySlug,
          name: `${city.name}人民政府`,
          aliases: [city.name, `${city.name}人民政府办公室`],
          level: 'city',
          region: cityRegion,
        },
        signatures: [`${city.name}人民政府`, city.name, `${city.name}人民政府办公室`],
        place: city.name,
        folders: cityFolders,
        since: 0,
      },
      90,
    );
    for (const d of DEPARTMENTS) {
      const name = `${city.name}${d.city}`;
      add(
        {
          entry: { slug: `${citySlug}-${d.code}`, name, aliases: [], level: 'department', region: cityRegion },
          signatures: [name],
          place: city.name,
          folders: [...cityFolders, 'bumen'],
          since: d.since ?? 0,
        },
        12,
      );
    }
    const counties = rng.int(5, 9);
    for (let k = 1; k <= counties; k++) {
      const county = names.take(k === 1 ? ['区'] : ['县', '县', '县', '区']);
      const countySlug = `${citySlug}-k${String(k).padStart(2, '0')}`;
      const countyRegion = [...cityRegion, county.name];
      const countyFolders = [...cityFolders, county.slug];
      add(
        {
          entry: {
            slug: countySlug,
            name: `${city.name}${county.name}人民政府`,
            aliases: [county.name, `${county.name}人民政府`],
            level: 'county',
            region: countyRegion,
          },
          signatures: [`${county.name}人民政府`, `${city.name}${county.name}人民政府`, county.name],
          place: county.name,
          folders: countyFolders,
          since: 0,
        },
        40,
      );
      for (const d of DEPARTMENTS.slice(0, COUNTY_DEPARTMENTS)) {
        const name = `${county.name}${d.city}`;
        add(
          {
            entry: { slug: `${countySlug}-${d.code}`, name, aliases: [`${city.name}${name}`], level: 'department', region: countyRegion },
            signatures: [name, `${city.name}${name}`],
            place: county.name,
            folders: [...countyFolders, 'bumen'],
            since: d.since ?? 0,
          },
          4,
        );
      }
      const towns = rng.int(4, 9);
      for (let t = 1; t <= towns; t++) {
        const town = names.take(['镇', '镇', '乡']);
        const name = `${county.name}${town.name}人民政府`;
        add(
          {
            entry: {
              slug: `${countySlug}-t${String(t).padStart(2, '0')}`,
              name,
              aliases: [`${town.name}人民政府`],
              level: 'township',
              region: [...countyRegion, town.name],
            },
            signatures: [name, `${town.name}人民政府`],
            place: town.name,
            folders: [...countyFolders, town.slug],
            since: 0,
          },
          2,
        );
      }
    }
  }
  return { name: province, slug, bodies };
}

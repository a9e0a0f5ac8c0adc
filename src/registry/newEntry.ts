// A new registry entry for one body that is not registered: its name (the fullest the reports use),
// aliases, slug, level and region as far as the names and folders tell them.
import type { Body, Level } from '../schema/body.ts';
import { regionSlugOf } from './slug.ts';
import { type BodyName, matchKey } from './bodyName.ts';
import { foldersEvidence, listYears, namesEvidence, reportsEvidence } from './evidence.ts';
import type { NameGroup, NamedReport, NewBodySuggestion } from './suggest.ts';

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
/** Zones whose level their name does not tell (平潭综合实验区 is prefecture-level, most 开发区 are not). */
const ZONE = /(?:实验区|试验区|示范区|新区|开发区|管理区|合作区)$/;

/** The level a name tells, or null when it does not. */
export function levelOf(read: BodyName): Level | null {
  if (read.kind === 'department') return 'department';
  const places = read.places;
  const last = places[places.length - 1] ?? '';
  const above = places[places.length - 2] ?? '';
  if (places.length === 1 && MUNICIPALITIES.has(last)) return 'province';
  if (/(?:省|自治区|特别行政区)$/.test(last)) return 'province';
  if (ZONE.test(last)) return null;
  if (/(?:乡|镇|街道)$/.test(last)) return 'township';
  if (/(?:县|自治县|旗|自治旗)$/.test(last)) return 'county';
  if (/区$/.test(last)) return 'county';
  if (/(?:市|州|盟|地区)$/.test(last)) return /市$/.test(above) || /(?:州|盟|地区)$/.test(above) ? 'county' : 'city';
  return null;
}

/** The region the registered bodies with reports directly in a folder share, if any. */
function folderRegion(folder: string, reports: NamedReport[], registry: Body[]): string[] | null {
  const byName = new Map<string, Body>();
  for (const b of registry) for (const n of [b.name, ...b.aliases]) byName.set(n, b);
  const regions = reports
    .filter((r) => r.folder === folder)
    .map((r) => byName.get(r.name)?.region)
    .filter((x): x is string[] => x !== undefined);
  if (regions.length === 0) return null;
  const first = regions[0] as string[];
  let n = first.length;
  for (const r of regions) while (n > 0 && r.slice(0, n).join('\u0000') !== first.slice(0, n).join('\u0000')) n--;
  return n === 0 ? null : first.slice(0, n);
}

function regionOf(
  read: BodyName,
  mine: NamedReport[],
  all: NamedReport[],
  registry: Body[],
  rootRegion: string,
): { region: string[]; from: string; sure: boolean } {
  const stated = mine.find((r) => r.region && r.region.length > 0);
  if (stated?.region) return { region: stated.region, from: `地区取自 ${stated.id} 的 front matter`, sure: true };
  const folders = [...new Set(mine.map((r) => r.folder))];
  const above = folders.length === 1 ? folderRegion(folders[0] as string, all, registry) : null;
  if (above) {
    const at = read.places.length > 0 ? above.indexOf(read.places[0] as string) : -1;
    const region = at >= 0 ? [...above.slice(0, at), ...read.places] : [...above, ...read.places];
    return { region, from: `上级地区取自同一文件夹中已登记机关的地区（${above.join(' › ')}）`, sure: false };
  }
  if (read.places.length > 0) return { region: read.places, from: '地区取自名称，上级地区待补充', sure: false };
  return { region: [rootRegion], from: `名称中没有地名，地区暂记为 ${rootRegion}，待核实`, sure: false };
}

function slugFor(read: BodyName, used: Set<string>): string {
  const last = read.places[read.places.length - 1];
  const parts = [last, read.kind === 'department' ? read.unit : ''].filter((p): p is string => !!p);
  const base = (parts.length > 0 ? parts : [read.key]).map(regionSlugOf).join('-') || 'x';
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

/**
 * Other ways a government signs: without its wider places (洪泽区人民政府 for 淮安市洪泽区人民政府),
 * the bare place name, and the government's usual form (管委会 for a zone, else 人民政府).
 */
export function governmentVariants(read: BodyName): string[] {
  if (read.kind !== 'government') return [];
  const place = read.places.join('');
  const last = read.places[read.places.length - 1] as string;
  const usual = ZONE.test(last) ? '管委会' : '人民政府';
  const out = [place, `${place}${usual}`];
  if (read.places.length > 1) out.push(`${last}${read.form}`, last, `${last}${usual}`);
  return [...new Set(out)];
}

/** The name to register: the one with the most places, then the most reports, then the latest. */
function canonical(part: NameGroup[]): NameGroup {
  const latest = (g: NameGroup) => Math.max(...g.reports.map((r) => r.year ?? 0));
  return [...part].sort(
    (a, b) => b.read.places.length - a.read.places.length || b.reports.length - a.reports.length || latest(b) - latest(a),
  )[0] as NameGroup;
}

export function newEntry(
  part: NameGroup[],
  notes: string[],
  all: NamedReport[],
  registry: Body[],
  usedSlugs: Set<string>,
  rootRegion: string,
): NewBodySuggestion {
  const main = canonical(part);
  const name = main.names[0] as string;
  const mine = part.flatMap((g) => g.reports);
  const aliases = [...new Set(part.flatMap((g) => g.names))].filter((n) => n !== name);
  const variants = governmentVariants(main.read).filter((v) => v !== name && !aliases.some((a) => matchKey(a) === matchKey(v)));
  aliases.push(...variants);
  const level = levelOf(main.read);
  const region = regionOf(main.read, mine, all, registry, rootRegion);
  const evidence = [
    ...notes,
    ...reportsEvidence(part),
    ...namesEvidence(part.map((g) => g.names[0] as string)),
    ...(part.length > 1 ? [`年度不重叠：${listYears(mine)}`] : []),
    foldersEvidence(mine),
    region.from,
    level === null ? `名称不能确定级别，暂记为 county，待核实` : `级别取自名称（${level}）`,
  ];
  const unsure: NewBodySuggestion['unsure'] = [];
  if (level === null) unsure.push('level');
  if (!region.sure) unsure.push('region');
  return {
    kind: 'new',
    body: { slug: slugFor(main.read, usedSlugs), name, aliases, level: level ?? 'county', region: region.region },
    evidence,
    unsure,
    variants,
  };
}

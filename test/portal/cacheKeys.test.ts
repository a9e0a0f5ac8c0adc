// Cache keys decide which pages an incremental build copies from the last one: a key must change
// whenever what its page shows changes (or a stale page is published), and stay when nothing did.
import { describe, expect, it } from 'vitest';
import { buildCatalog, type ReportEntry } from '../../src/portal/catalog.ts';
import { reportKeyOf, reportsKeyOf, settingsKeyOf, sourceKeyOf } from '../../src/portal/cacheKeys.ts';
import type { Body } from '../../src/schema/body.ts';
import { reportEntry } from '../support/reportEntry.ts';

const registry: Body[] = [
  { slug: 'wuzhong', name: '吴忠市人民政府办公室', aliases: ['吴忠市'], level: 'city', region: ['宁夏回族自治区', '吴忠市'] },
];

function entry(id: string, year: number, digest: string | undefined, received = 1): ReportEntry {
  const source = { path: `content/reports/${id}.txt`, sha256: digest ?? 'f'.repeat(64), bytes: 1, encoding: 'utf-8' };
  return reportEntry(id, { agency: '吴忠市', year, applications: { received: { total: received } }, source }, digest);
}

const SETTINGS = settingsKeyOf({ name: '门户' });
const keysOf = (entries: ReportEntry[], reg = registry, settings = SETTINGS) =>
  new Map(buildCatalog(entries, reg, '宁夏回族自治区').reports.map((r) => [r.id, reportKeyOf(r, settings)]));

describe('report cache keys', () => {
  const years = [
    entry('wz-2019', 2019, 'd19'),
    entry('wz-2020', 2020, 'd20'),
    entry('wz-2021', 2021, 'd21'),
    entry('wz-2022', 2022, 'd22'),
  ];

  it('are the same for the same reports, registry and settings', () => {
    expect(keysOf(years)).toEqual(keysOf([...years].reverse()));
  });

  it('change for an edited report and its neighbours (links, cross-year checks), not for the others', () => {
    const before = keysOf(years);
    const after = keysOf(years.map((e) => (e.id === 'wz-2020' ? { ...e, digest: 'd20-edited' } : e)));
    const changed = [...before.keys()].filter((id) => before.get(id) !== after.get(id)).sort();
    expect(changed).toEqual(['wz-2019', 'wz-2020', 'wz-2021']);
  });

  it('change when a report joins the history next to them', () => {
    const before = keysOf(years.filter((e) => e.id !== 'wz-2021'));
    const after = keysOf(years);
    expect(after.get('wz-2020')).not.toBe(before.get('wz-2020'));
    expect(after.get('wz-2019')).toBe(before.get('wz-2019'));
  });

  it('change when the body is renamed in the registry, or the site settings change', () => {
    const before = keysOf(years);
    expect(keysOf(years, [{ ...(registry[0] as Body), name: '吴忠市人民政府' }]).get('wz-2019')).not.toBe(before.get('wz-2019'));
    expect(keysOf(years, registry, settingsKeyOf({ name: '另一个门户' })).get('wz-2019')).not.toBe(before.get('wz-2019'));
  });

  it('follow the data itself when the store gave no digest', () => {
    const plain = [entry('wz-2020', 2020, undefined, 1)];
    expect(keysOf(plain).get('wz-2020')).toBe(keysOf(plain).get('wz-2020'));
    expect(keysOf([entry('wz-2020', 2020, undefined, 2)]).get('wz-2020')).not.toBe(keysOf(plain).get('wz-2020'));
  });

  it('for a list of reports change when any of them does', () => {
    const reports = (entries: ReportEntry[]) => buildCatalog(entries, registry, '宁夏回族自治区').reports;
    const before = reportsKeyOf(reports(years), SETTINGS);
    expect(reportsKeyOf(reports(years), SETTINGS)).toBe(before);
    expect(reportsKeyOf(reports(years.map((e) => (e.id === 'wz-2022' ? { ...e, digest: 'x' } : e))), SETTINGS)).not.toBe(before);
  });

  it('for an original file follow its path and bytes only', () => {
    const [a] = buildCatalog([entry('wz-2020', 2020, 'a'.repeat(64))], registry, '宁夏回族自治区').reports;
    const [b] = buildCatalog([entry('wz-2020', 2020, 'b'.repeat(64))], registry, '宁夏回族自治区').reports;
    expect(a && sourceKeyOf(a)).not.toBe(b && sourceKeyOf(b));
  });
});

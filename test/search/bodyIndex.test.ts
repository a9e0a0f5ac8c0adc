// The header box's body index: what goes in comes back out (names, aliases, level, region, page
// address), with the pinyin pinyin-pro gives each name, and it stays small.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { type IndexedBody, buildBodyIndex } from '../../src/search/bodyIndex.ts';
import { readBodyIndex } from '../../src/search/bodyIndexRead.ts';
import { slugOf } from '../../src/registry/slug.ts';
import { ADDRESS, HONGZE, bundledBodies, generatedBodies } from './bodyFixtures.ts';

const read = (bodies: IndexedBody[]) => readBodyIndex(JSON.parse(JSON.stringify(buildBodyIndex(bodies, ADDRESS))));

/** What the index must give back for a body, in a comparable order. */
const expected = (bodies: IndexedBody[]) =>
  bodies
    .map((b) => ({
      name: b.name,
      aliases: b.aliases,
      level: b.level ?? '',
      region: b.region,
      address: `${ADDRESS[0]}${b.slug}${ADDRESS[1]}`,
    }))
    .sort((a, b) => a.address.localeCompare(b.address));
const returned = (bodies: IndexedBody[]) =>
  read(bodies)
    .map(({ name, aliases, level, region, address }) => ({ name, aliases, level, region, address }))
    .sort((a, b) => a.address.localeCompare(b.address));

describe('body index', () => {
  it('gives back every bundled body with its names, level, region and page address', () => {
    expect(returned(bundledBodies())).toEqual(expected(bundledBodies()));
  });

  it('reads each name in pinyin as pinyin-pro does, with its initials', () => {
    const hongze = read(bundledBodies()).find((b) => b.name === HONGZE.name);
    expect(hongze?.names.map((n) => [n.text, n.pinyin, n.initials])).toEqual([
      ['洪泽区人民政府', 'hongzequrenminzhengfu', 'hzqrmzf'],
      ['洪泽县人民政府', 'hongzexianrenminzhengfu', 'hzxrmzf'],
      ['淮安市洪泽区人民政府', 'huaianshihongzequrenminzhengfu', 'hashzqrmzf'],
    ]);
    expect(hongze?.names[0]?.starts).toEqual([0, 4, 6, 8, 11, 14, 19]);
    for (const body of read(bundledBodies()))
      for (const n of body.names) expect(n.pinyin).toBe(pinyin(n.text, { toneType: 'none', type: 'array', v: true }).join(''));
  });

  it('keeps a polyphone as read in its own name, against the usual reading of the character', () => {
    const place = (name: string, slug: string): IndexedBody => ({
      slug,
      name: `${name}人民政府`,
      aliases: [],
      level: null,
      region: ['安徽省', name],
    });
    const bodies = read([place('六安市', 'luan'), place('六盘水市', 'liupanshui'), place('六合区', 'liuhe')]);
    expect(Object.fromEntries(bodies.map((b) => [b.name, b.names[0]?.pinyin]))).toEqual({
      六安市人民政府: 'luanshirenminzhengfu',
      六盘水市人民政府: 'liupanshuishirenminzhengfu',
      六合区人民政府: 'liuhequrenminzhengfu',
    });
  });

  it('gives back any bodies, whatever their names and regions', () => {
    const text = fc
      .array(fc.constantFrom(...'洪泽区淮安市人民政府长六Ab1（）·,.\n 𠀀', 'constructor', '__proto__'), { maxLength: 12 })
      .map((c) => c.join(''));
    const body = fc
      .record({
        slug: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        name: text,
        aliases: fc.array(text, { maxLength: 3 }),
        level: fc.option(fc.constantFrom('县级', '部门'), { nil: null }),
        region: fc.array(fc.constantFrom('江苏省', '淮安市', '洪泽区', '人民', '长安区', 'A区', 'constructor', '__proto__'), {
          maxLength: 4,
        }),
        slugFromName: fc.boolean(),
      })
      .map(({ slugFromName, ...b }) => (slugFromName ? { ...b, slug: slugOf(b.name) } : b));
    fc.assert(
      fc.property(fc.uniqueArray(body, { selector: (b) => b.slug, maxLength: 20 }), (bodies) => {
        expect(returned(bodies)).toEqual(expected(bodies));
      }),
    );
  });

  it('keeps a slug made from the name (as for bodies not in the registry) as a mark: 10,000 such bodies', () => {
    const bodies = generatedBodies(10_000).map((b) => ({ ...b, slug: slugOf(b.name) }));
    const file = buildBodyIndex(bodies, ADDRESS);
    // Where pinyin-pro reads a polyphone otherwise in the whole name (长 in 长寿镇), the slug is written out.
    const lines = file.tree.split('\n').filter((line) => line.startsWith('.'));
    const written = lines.filter((line) => !line.endsWith(',='));
    console.log(`slugs written out: ${written.length} of ${lines.length}`);
    expect(written.length).toBeLessThan(lines.length / 20);
    const gzipped = gzipSync(JSON.stringify(file)).length;
    console.log(`body index, 10,000 bodies with slugs from their names: ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(30_000);
    expect(returned(bodies)).toEqual(expected(bodies));
  });

  it('weighs at most 30 KB gzipped for 10,000 bodies, and gives them all back', () => {
    const bodies = generatedBodies(10_000);
    const file = JSON.stringify(buildBodyIndex(bodies, ADDRESS));
    const gzipped = gzipSync(file).length;
    console.log(`body index, 10,000 bodies: ${file.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(30_000);
    expect(returned(bodies)).toEqual(expected(bodies));
  });
});

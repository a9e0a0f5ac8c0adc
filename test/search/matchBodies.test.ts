// The header box's suggestions: which bodies a query finds (name, alias, pinyin, initials), in which
// order, and that nothing else is suggested.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IndexedBody, buildBodyIndex } from '../../src/search/bodyIndex.ts';
import { type SearchableName, type SuggestedBody, readBodyIndex } from '../../src/search/bodyIndexRead.ts';
import { type BodyMatch, MATCH_KINDS, bodyQuery, matchBodies } from '../../src/search/matchBodies.ts';
import { ADDRESS, bundledBodies, generatedBodies } from './bodyFixtures.ts';

const indexOf = (bodies: IndexedBody[]) => readBodyIndex(JSON.parse(JSON.stringify(buildBodyIndex(bodies, ADDRESS))));
const bundled = indexOf(bundledBodies());
const names = (bodies: SuggestedBody[], query: string) => matchBodies(bodies, query).map((m) => m.body.name);

const body = (slug: string, name: string, aliases: string[] = []): IndexedBody => ({
  slug,
  name,
  aliases,
  level: null,
  region: ['江苏省', '淮安市', '洪泽区'],
});

/** Whether a name answers a query, worked out the slow way from its syllables. */
function answers(n: SearchableName, typed: string): boolean {
  const query = bodyQuery(typed);
  if (!query) return false;
  if ('text' in query) return n.text.includes(query.text);
  const syllables = n.starts.map((s, i) => n.pinyin.slice(s, n.starts[i + 1]));
  const fromEach = syllables.map((_, i) => syllables.slice(i).join(''));
  return (
    fromEach.some((rest) => rest.startsWith(query.letters)) ||
    syllables
      .map((s) => s[0])
      .join('')
      .includes(query.letters)
  );
}

describe('body suggestions', () => {
  it('finds 洪泽区人民政府 by its name, its pinyin and its initials', () => {
    for (const query of ['洪泽', '洪泽区人民政府', 'hongze', 'HongZe', 'hong ze', 'hongzequ', 'hzq', 'zequ']) {
      expect(names(bundled, query)[0], query).toBe('洪泽区人民政府');
    }
    expect(matchBodies(bundled, 'hzq')[0]?.body.address).toBe('/nianbao/agencies/hongze/');
  });

  it('finds the bundled bodies as a reader would type them', () => {
    expect(names(bundled, 'jy')).toEqual(['泾源县人民政府']);
    expect(names(bundled, 'jingyuan')).toEqual(['泾源县人民政府']);
    expect(names(bundled, '利通')).toEqual(['吴忠市利通区人民政府']);
    expect(names(bundled, '柳泉')).toEqual(['吴忠市红寺堡区柳泉乡人民政府']);
    expect(names(bundled, 'lq')).toEqual(['吴忠市红寺堡区柳泉乡人民政府']);
    expect(names(bundled, '泾')).toEqual(['泾源县人民政府']);
  });

  it('finds the real bodies of ../shared/corpus by what a reader would type', () => {
    const real = indexOf([
      { slug: 'hongze', name: '淮安市洪泽区人民政府', aliases: ['洪泽区人民政府'], level: '县级', region: ['江苏省', '淮安市', '洪泽区'] },
      { slug: 'shuyang', name: '沭阳县人民政府', aliases: [], level: '县级', region: ['江苏省', '宿迁市', '沭阳县'] },
      { slug: 'pingtan', name: '平潭县人民政府', aliases: [], level: '县级', region: ['福建省', '平潭县'] },
      {
        slug: 'pingtan-zonghe',
        name: '平潭综合实验区（管委会）',
        aliases: ['平潭综合实验区管委会'],
        level: '市级',
        region: ['福建省', '平潭综合实验区'],
      },
      { slug: 'shanghai-bgt', name: '上海市人民政府办公厅', aliases: [], level: '省级', region: ['上海市'] },
      { slug: 'shanghai-kw', name: '上海市科学技术委员会', aliases: [], level: '部门', region: ['上海市'] },
    ]);
    expect(names(real, 'hzq')).toEqual(['淮安市洪泽区人民政府']);
    expect(names(real, 'hongze')).toEqual(['淮安市洪泽区人民政府']);
    expect(names(real, '洪泽')).toEqual(['淮安市洪泽区人民政府']);
    expect(names(real, 'shuyang')).toEqual(['沭阳县人民政府']);
    expect(names(real, 'pt')).toEqual(['平潭县人民政府', '平潭综合实验区（管委会）']);
    expect(names(real, 'ptzh')).toEqual(['平潭综合实验区（管委会）']);
    expect(names(real, '管委会')).toEqual(['平潭综合实验区（管委会）']);
    expect(names(real, 'gwh')).toEqual(['平潭综合实验区（管委会）']);
    expect(names(real, 'kxjs')).toEqual(['上海市科学技术委员会']);
    expect(names(real, 'shanghai')).toEqual(['上海市人民政府办公厅', '上海市科学技术委员会']);
  });

  it('finds a body by an alias that its name does not contain', () => {
    expect(matchBodies(bundled, '洪泽县').map((m) => [m.body.name, m.kind])).toEqual([['洪泽区人民政府', 'aliasPrefix']]);
    expect(names(bundled, 'hongzexian')).toEqual(['洪泽区人民政府']);
  });

  it('puts a name that starts with the query before one that contains it, then pinyin; shorter names first', () => {
    const bodies = indexOf([
      body('a', '淮安市洪泽区人民政府办公室'),
      body('b', '洪泽区人民政府'),
      body('c', '洪泽区教育局'),
      body('d', '淮安市红星镇人民政府'),
    ]);
    expect(names(bodies, '洪泽')).toEqual(['洪泽区教育局', '洪泽区人民政府', '淮安市洪泽区人民政府办公室']);
    expect(matchBodies(bodies, 'hong').map((m) => [m.body.name, m.kind])).toEqual([
      ['洪泽区教育局', 'pinyinPrefix'],
      ['洪泽区人民政府', 'pinyinPrefix'],
      ['淮安市红星镇人民政府', 'syllablePrefix'],
      ['淮安市洪泽区人民政府办公室', 'syllablePrefix'],
    ]);
  });

  it('suggests nothing for unrelated input, one Latin letter or an empty box', () => {
    for (const query of ['', ' ', 'h', 'xyz', 'beijing', '北京', '政府信息公开', '2022', '洪泽 2022', 'hongze2022', '<script>']) {
      expect(names(bundled, query), query).toEqual([]);
    }
  });

  it('suggests at most eight bodies of 10,000: the best kind of match, shorter names first', () => {
    const many = indexOf(generatedBodies(10_000));
    const found = matchBodies(many, '人民政府');
    expect(found).toHaveLength(8);
    expect(found.every((m) => m.kind === 'nameSubstring')).toBe(true);
    expect(matchBodies(many, 'zf').map((m) => m.kind)).toEqual(Array(8).fill('initialsPrefix'));
    const names = matchBodies(many, '教育').map((m) => m.body.name);
    expect(names.map((n) => n.length)).toEqual([...names.map((n) => n.length)].sort((a, b) => a - b));
  });

  it('never throws, and suggests only bodies that answer the query: by name or alias, pinyin or initials', () => {
    const bodies = indexOf([...bundledBodies(), ...generatedBodies(300)]);
    const typed = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.constantFrom(..."洪泽区人民政府吴忠利通泾源hongzeqjyltwz HZ'·"), { maxLength: 8 }).map((c) => c.join('')),
    );
    fc.assert(
      fc.property(typed, (query) => {
        const found = matchBodies(bodies, query);
        expect(found.length).toBeLessThanOrEqual(8);
        for (const m of found) expect(m.body.names.some((n) => answers(n, query))).toBe(true);
        // Best first, and nothing better is left out.
        const key = (m: BodyMatch) => MATCH_KINDS.indexOf(m.kind) * 1000 + m.body.name.length;
        expect(found.map(key)).toEqual(found.map(key).sort((a, b) => a - b));
        const all = bodies.filter((b) => b.names.some((n) => answers(n, query)));
        if (found.length < 8) expect(found.length).toBe(all.length);
        else
          expect(
            bodies
              .filter((b) => !found.some((m) => m.body === b))
              .every((b) => matchBodies([b], query).every((m) => key(m) >= key(found[7]!))),
          ).toBe(true);
      }),
    );
  });
});

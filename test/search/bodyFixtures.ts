// Bodies for the header box's suggestion tests: the bundled registry, a body named 洪泽区人民政府
// (the example), and 10,000 bodies of the benchmark's generated province.
import { readRegistry } from '../../src/files/readRegistry.ts';
import type { IndexedBody } from '../../src/search/bodyIndex.ts';
import { buildProvince } from '../../scripts/bench/generator/geography.ts';
import { createRng } from '../../scripts/bench/generator/random.ts';
import { LEVEL_LABELS } from '../../src/schema/body.ts';

export const ADDRESS: [string, string] = ['/nianbao/agencies/', '/'];

export const HONGZE: IndexedBody = {
  slug: 'hongze',
  name: '洪泽区人民政府',
  aliases: ['洪泽县人民政府', '淮安市洪泽区人民政府'],
  level: '县级',
  region: ['江苏省', '淮安市', '洪泽区'],
};

export function bundledBodies(): IndexedBody[] {
  const registry = readRegistry('content/agencies.yaml');
  if (!registry.ok) throw new Error(registry.message);
  return [...registry.bodies.map((b) => ({ ...b, level: LEVEL_LABELS[b.level] })), HONGZE];
}

/** The first `count` bodies of the benchmark's province, as its registry names them. */
export function generatedBodies(count: number): IndexedBody[] {
  const province = buildProvince(createRng('body-index'), { provinceName: '江淮省', minBodies: count });
  return province.bodies.slice(0, count).map((b) => ({ ...b.entry, level: LEVEL_LABELS[b.entry.level] }));
}

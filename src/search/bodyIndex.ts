// Builds the body index of the header search box (format: bodyIndexFormat.ts) from the registry's
// bodies. Pure; runs at build time only (it needs pinyin-pro, which the browser never loads).
import { pinyin } from 'pinyin-pro';
import { type BodyIndexFile, type BodyPattern, type NameTemplate, SLUG_FROM_NAME, isHan } from './bodyIndexFormat.ts';
import { nameReader, nameSlug } from './bodyIndexRead.ts';

export interface IndexedBody {
  slug: string;
  name: string;
  aliases: string[];
  /** As shown beside the name (县级); null when not known. */
  level: string | null;
  /** From the province down. */
  region: string[];
}

/** The readings pinyin-pro gives the Han characters of a name or part, in order (context decides polyphones). */
function hanReadings(text: string): (string | undefined)[] {
  const chars = [...text];
  const items = pinyin(text, { toneType: 'none', type: 'array', v: true });
  const out: (string | undefined)[] = [];
  chars.forEach((char, i) => {
    if (!isHan(char)) return;
    const reading = items.length === chars.length ? items[i]?.toLowerCase() : undefined;
    out.push(reading && /^[a-z]+$/.test(reading) ? reading : undefined);
  });
  return out;
}

/**
 * The readings table (each Han character's most frequent reading among the names and parts) and the
 * names and parts that read otherwise.
 */
function readingsOf(tokens: string[]): Pick<BodyIndexFile, 'readings' | 'exceptions'> {
  const byToken = new Map(tokens.map((t) => [t, hanReadings(t)]));
  const counts = new Map<string, Map<string, number>>();
  for (const [token, readings] of byToken) {
    [...token].filter(isHan).forEach((char, i) => {
      const reading = readings[i];
      if (!reading) return;
      const byReading = counts.get(char) ?? new Map<string, number>();
      byReading.set(reading, (byReading.get(reading) ?? 0) + 1);
      counts.set(char, byReading);
    });
  }
  const usual = new Map<string, string>();
  for (const [char, byReading] of counts) {
    const [best] = [...byReading].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best) usual.set(char, best[0]);
  }
  const exceptions = new Map<string, string>();
  for (const [token, readings] of byToken) {
    if ([...token].filter(isHan).some((char, i) => (readings[i] ?? '') !== (usual.get(char) ?? '')))
      exceptions.set(token, readings.map((r) => r ?? '').join(' '));
  }
  return { readings: [...usual].map(([char, reading]) => char + reading).join(''), exceptions: Object.fromEntries(exceptions) };
}

/** A name as references to its body's region path (longest first, from where it stands) and parts. */
function templateOf(name: string, region: string[], partId: (part: string) => number): NameTemplate {
  const out: NameTemplate = [];
  let literal = '';
  let i = 0;
  while (i < name.length) {
    let best = -1;
    region.forEach((r, k) => {
      if (r !== '' && name.startsWith(r, i) && (best < 0 || r.length > (region[best] ?? '').length)) best = k;
    });
    if (best < 0) {
      literal += name[i];
      i++;
      continue;
    }
    if (literal !== '') out.push(partId(literal));
    literal = '';
    out.push(best - region.length);
    i += region[best]?.length ?? 1;
  }
  if (literal !== '') out.push(partId(literal));
  return out;
}

function sharedLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n] && n < 35) n++;
  return n;
}

/**
 * The index of the bodies, each reached at prefix + slug + suffix (`address`). Bodies are kept in
 * region-tree order; a body without a region comes first, under the empty root.
 */
export function buildBodyIndex(given: IndexedBody[], address: [string, string]): BodyIndexFile {
  // A region name is one line of the tree, and its depth one base-36 digit.
  const bodies = given.map((b) => ({ ...b, region: b.region.slice(0, 35).map((r) => r.replace(/[\r\n]+/g, ' ')) }));
  const parts: string[] = [];
  const partIds = new Map<string, number>();
  const partId = (part: string): number => {
    let id = partIds.get(part);
    if (id === undefined) {
      id = parts.length;
      parts.push(part);
      partIds.set(part, id);
    }
    return id;
  };
  const patterns: BodyPattern[] = [];
  const patternIds = new Map<string, number>();
  const patternId = (b: IndexedBody): number => {
    const pattern: BodyPattern = [
      b.level ?? '',
      templateOf(b.name, b.region, partId),
      ...b.aliases.map((a) => templateOf(a, b.region, partId)),
    ];
    const key = JSON.stringify(pattern);
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(pattern);
      patternIds.set(key, id);
    }
    return id;
  };

  // The region tree, with each body at the region it ends at (siblings in the order first met).
  interface Node {
    name: string;
    children: Map<string, Node>;
    bodies: IndexedBody[];
  }
  const root: Node = { name: '', children: new Map(), bodies: [] };
  for (const b of bodies) {
    let node = root;
    for (const name of b.region) {
      let child = node.children.get(name);
      if (!child) {
        child = { name, children: new Map(), bodies: [] };
        node.children.set(name, child);
      }
      node = child;
    }
    node.bodies.push(b);
  }
  // The tree in order: regions, and each body with its pattern (its slug is written once readings are known).
  const order: ({ depth: number; name: string } | { body: IndexedBody; pattern: number })[] = [];
  const regionNames = new Set<string>();
  const walk = (node: Node, depth: number): void => {
    order.push({ depth, name: node.name });
    if (node.name !== '') regionNames.add(node.name);
    for (const body of node.bodies) order.push({ body, pattern: patternId(body) });
    for (const child of node.children.values()) walk(child, depth + 1);
  };
  walk(root, 0);

  const { readings, exceptions } = readingsOf([...regionNames, ...parts]);
  const readName = nameReader({ readings, exceptions, parts });
  const lines: string[] = [];
  let previousSlug = '';
  for (const item of order) {
    if (!('body' in item)) {
      lines.push(`${item.depth.toString(36)}${item.name}`);
      continue;
    }
    const { body, pattern } = item;
    const name = readName(patterns[pattern]?.[1] ?? [], body.region);
    if (name && nameSlug(name) === body.slug) lines.push(`.${pattern.toString(36)},${SLUG_FROM_NAME}`);
    else {
      const shared = sharedLength(previousSlug, body.slug);
      lines.push(`.${pattern.toString(36)},${shared.toString(36)},${body.slug.slice(shared)}`);
    }
    previousSlug = body.slug;
  }

  return {
    address,
    readings,
    exceptions,
    parts,
    patterns,
    tree: lines.join('\n'),
  };
}

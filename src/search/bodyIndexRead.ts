// Reads the body index (bodyIndexFormat.ts) back into bodies with their names' syllables, ready
// for the matcher (matchBodies.ts). Runs in the browser. A body whose pattern or region reference
// is missing is left out; a file of another shape is the caller's to refuse (bodySuggest.ts then
// suggests nothing).
import { type BodyIndexFile, type NameTemplate, SLUG_FROM_NAME, isHan, syllablesOf } from './bodyIndexFormat.ts';

/** A name as the matcher searches it. */
export interface SearchableName {
  text: string;
  /** Its syllables run together ("hongzequ") and where each starts. */
  pinyin: string;
  starts: number[];
  /** The first letter of each syllable ("hzq"). */
  initials: string;
}

export interface SuggestedBody {
  name: string;
  aliases: string[];
  level: string;
  region: string[];
  address: string;
  /** The name first, then the aliases. */
  names: SearchableName[];
}

function readingTable(readings: string): Map<string, string> {
  const table = new Map<string, string>();
  let char = '';
  for (const c of readings) {
    if (isHan(c)) {
      char = c;
      table.set(char, '');
    } else if (char !== '') table.set(char, (table.get(char) ?? '') + c);
  }
  return table;
}

/** A name as the matcher searches it, from its template and its body's region path (null: a reference is missing). */
export type NameReader = (template: NameTemplate, region: string[]) => SearchableName | null;

export function nameReader(file: Pick<BodyIndexFile, 'readings' | 'exceptions' | 'parts'>): NameReader {
  const table = readingTable(file.readings ?? '');
  const exceptions = file.exceptions ?? {};
  const parts = file.parts ?? [];

  // One name or part in pinyin, as it stands alone (its readings were taken that way).
  const tokenCache = new Map<string, Omit<SearchableName, 'text'>>();
  const tokenPinyin = (token: string): Omit<SearchableName, 'text'> => {
    let out = tokenCache.get(token);
    if (!out) {
      const own = Object.hasOwn(exceptions, token) ? String(exceptions[token]).split(' ') : null;
      const syllables = syllablesOf(token, (char, i) => (own ? own[i] : table.get(char)) || undefined);
      const starts: number[] = [];
      let pinyin = '';
      for (const syllable of syllables) {
        starts.push(pinyin.length);
        pinyin += syllable;
      }
      out = { pinyin, starts, initials: syllables.map((syllable) => syllable[0]).join('') };
      tokenCache.set(token, out);
    }
    return out;
  };
  return (template, region) => {
    const name: SearchableName = { text: '', pinyin: '', starts: [], initials: '' };
    for (const ref of template) {
      const token = ref < 0 ? region[region.length + ref] : parts[ref];
      if (token === undefined) return null;
      const read = tokenPinyin(token);
      for (const start of read.starts) name.starts.push(name.pinyin.length + start);
      name.text += token;
      name.pinyin += read.pinyin;
      name.initials += read.initials;
    }
    return name;
  };
}

/**
 * The slug a name's pinyin makes (洪泽区人民政府 → hong-ze-qu-ren-min-zheng-fu), as src/registry/slug.ts
 * makes them (ü as u). The index uses it only where it gives the body's slug.
 */
export function nameSlug(name: SearchableName): string {
  const syllables = name.starts.map((start, i) => name.pinyin.slice(start, name.starts[i + 1]));
  return syllables
    .join('-')
    .replace(/v/g, 'u')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function readBodyIndex(file: BodyIndexFile): SuggestedBody[] {
  const searchable = nameReader(file);
  const [prefix, suffix] = file.address ?? ['', ''];

  const bodies: SuggestedBody[] = [];
  const path: string[] = [];
  let previousSlug = '';
  for (const line of (file.tree ?? '').split('\n')) {
    if (line.startsWith('.')) {
      const [pattern, shared, ...rest] = line.slice(1).split(',');
      const found = file.patterns?.[parseInt(pattern ?? '', 36)];
      const region = [...path];
      const [level, nameTemplate, ...aliasTemplates] = found ?? ['', []];
      const names = [nameTemplate, ...aliasTemplates].map((t) => searchable(t, region));
      const [name, ...aliases] = names;
      // "=": the slug its name's pinyin makes; otherwise what it shares with the slug before, and the rest.
      const slug =
        shared === SLUG_FROM_NAME ? (name ? nameSlug(name) : '') : previousSlug.slice(0, parseInt(shared ?? '', 36) || 0) + rest.join(',');
      previousSlug = slug;
      if (!found || !name || aliases.some((a) => a === null)) continue;
      bodies.push({
        name: name.text,
        aliases: aliases.map((a) => a?.text ?? ''),
        level,
        region,
        address: `${prefix}${slug}${suffix}`,
        names: names.filter((n): n is SearchableName => n !== null),
      });
    } else if (line !== '') {
      const depth = parseInt(line[0] ?? '', 36);
      if (Number.isNaN(depth)) continue;
      path.length = Math.max(0, depth - 1);
      if (depth > 0) path.push(line.slice(1));
    }
  }
  return bodies;
}

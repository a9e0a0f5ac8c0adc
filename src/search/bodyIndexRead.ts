// Reads the body index (bodyIndexFormat.ts) back into bodies with their names' syllables, ready
// for the matcher (matchBodies.ts). Runs in the browser. A body whose pattern or region reference
// is missing is left out; a file of another shape is the caller's to refuse (bodySuggest.ts then
// suggests nothing).
import { type BodyIndexFile, type NameTemplate, isHan, syllablesOf } from './bodyIndexFormat.ts';

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

export function readBodyIndex(file: BodyIndexFile): SuggestedBody[] {
  const table = readingTable(file.readings ?? '');
  const exceptions = file.exceptions ?? {};
  const parts = file.parts ?? [];
  const [prefix, suffix] = file.address ?? ['', ''];

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
  const searchable = (template: NameTemplate, region: string[]): SearchableName | null => {
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

  const bodies: SuggestedBody[] = [];
  const path: string[] = [];
  let previousSlug = '';
  for (const line of (file.tree ?? '').split('\n')) {
    if (line.startsWith('.')) {
      const [pattern, shared, ...rest] = line.slice(1).split(',');
      const found = file.patterns?.[parseInt(pattern ?? '', 36)];
      const slug = previousSlug.slice(0, parseInt(shared ?? '', 36) || 0) + rest.join(',');
      previousSlug = slug;
      if (!found) continue;
      const [level, nameTemplate, ...aliasTemplates] = found;
      const region = [...path];
      const names = [nameTemplate, ...aliasTemplates].map((t) => searchable(t, region));
      const [name, ...aliases] = names;
      if (!name || aliases.some((a) => a === null)) continue;
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

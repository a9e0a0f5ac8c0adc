// Which bodies the header search box suggests for what has been typed, best first. A query with a
// Han character is looked for in the names (洪泽 → 洪泽区人民政府); one of Latin letters only (at least
// two) in their pinyin (hongze, zequ) and initials (hzq). Never throws.
import type { SearchableName, SuggestedBody } from './bodyIndexRead.ts';
import { isHan } from './bodyIndexFormat.ts';

/** How a body matched, best first. */
export const MATCH_KINDS = [
  'namePrefix',
  'aliasPrefix',
  'nameSubstring',
  'aliasSubstring',
  'pinyinPrefix',
  'syllablePrefix',
  'initialsPrefix',
  'initialsSubstring',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface BodyMatch {
  body: SuggestedBody;
  kind: MatchKind;
}

export type BodyQuery = { text: string } | { letters: string } | null;

/** What a query is searched as: text (with a Han character), letters (two or more), or nothing. */
export function bodyQuery(typed: string): BodyQuery {
  const compact = typed.normalize('NFKC').replace(/[\s'’·-]+/g, '');
  if ([...compact].some(isHan)) return { text: compact };
  const letters = compact.toLowerCase().replace(/ü/g, 'v');
  return /^[a-z]{2,}$/.test(letters) ? { letters } : null;
}

function textKind(names: SearchableName[], text: string): MatchKind | null {
  const [name, ...aliases] = names;
  if (name?.text.startsWith(text)) return 'namePrefix';
  if (aliases.some((a) => a.text.startsWith(text))) return 'aliasPrefix';
  if (name?.text.includes(text)) return 'nameSubstring';
  if (aliases.some((a) => a.text.includes(text))) return 'aliasSubstring';
  return null;
}

function letterKind(names: SearchableName[], letters: string): MatchKind | null {
  if (names.some((n) => n.pinyin.startsWith(letters))) return 'pinyinPrefix';
  if (names.some((n) => n.starts.some((s) => s > 0 && n.pinyin.startsWith(letters, s)))) return 'syllablePrefix';
  if (names.some((n) => n.initials.startsWith(letters))) return 'initialsPrefix';
  if (names.some((n) => n.initials.includes(letters))) return 'initialsSubstring';
  return null;
}

/** Up to `limit` bodies for the query: by how they matched, then the shorter name first. */
export function matchBodies(bodies: SuggestedBody[], typed: string, limit = 8): BodyMatch[] {
  const query = bodyQuery(typed);
  if (!query) return [];
  const found: { match: BodyMatch; rank: number; order: number }[] = [];
  bodies.forEach((body, order) => {
    const kind = 'text' in query ? textKind(body.names, query.text) : letterKind(body.names, query.letters);
    if (kind) found.push({ match: { body, kind }, rank: MATCH_KINDS.indexOf(kind), order });
  });
  found.sort((a, b) => a.rank - b.rank || a.match.body.name.length - b.match.body.name.length || a.order - b.order);
  return found.slice(0, limit).map((f) => f.match);
}

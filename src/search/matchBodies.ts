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
  if (!query || limit < 1) return [];
  // The best `limit` so far, best first: a short query matches thousands, of which few are shown.
  const best: { match: BodyMatch; rank: number; length: number }[] = [];
  const before = (rank: number, length: number, other: { rank: number; length: number }): boolean =>
    rank < other.rank || (rank === other.rank && length < other.length);
  for (const body of bodies) {
    const kind = 'text' in query ? textKind(body.names, query.text) : letterKind(body.names, query.letters);
    if (!kind) continue;
    const rank = MATCH_KINDS.indexOf(kind);
    const length = body.name.length;
    const last = best[best.length - 1];
    if (best.length === limit && last && !before(rank, length, last)) continue;
    let at = best.length;
    while (at > 0 && before(rank, length, best[at - 1]!)) at--;
    best.splice(at, 0, { match: { body, kind }, rank, length });
    if (best.length > limit) best.pop();
  }
  return best.map((b) => b.match);
}

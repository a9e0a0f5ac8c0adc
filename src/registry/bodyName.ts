// What a body's name says about it: the places it is named after (淮安市 › 洪泽区), and whether it is
// a government in one of its forms (人民政府, 管委会, 办公室, or the bare place name) or a
// department of one (发展和改革局, 科委). Pure string work: nothing is guessed beyond the name.

/** The name as the registry matches it: no white space, nothing in brackets (full- or half-width). */
export function matchKey(name: string): string {
  return name.replace(/[\s\u3000]/g, '').replace(/[（(].*?[)）]/g, '');
}

/**
 * The forms a government signs with, longest first: the government itself, its management
 * committee (a zone's government), or the general office that compiles the report for it.
 */
const GOVERNMENT_FORMS = [
  '人民政府办公室',
  '人民政府办公厅',
  '管理委员会办公室',
  '管委会办公室',
  '人民政府',
  '管理委员会',
  '管委会',
  '政府办公室',
  '政府办公厅',
  '政府',
];

/** The endings of an administrative place, longest first. */
const PLACE_ENDINGS = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '街道',
  '省',
  '市',
  '州',
  '盟',
  '县',
  '区',
  '旗',
  '乡',
  '镇',
];

const PLACE = new RegExp(`^(.+?(?:${PLACE_ENDINGS.join('|')}))`);

export interface BodyName {
  /** The name as written. */
  name: string;
  /** matchKey(name) with brackets around a government form opened: 平潭综合实验区（管委会） → 平潭综合实验区管委会. */
  key: string;
  /** The places it is named after, the widest first: [淮安市, 洪泽区]. Empty when it names none. */
  places: string[];
  /** 'government' when only a government form (or nothing) follows the places; else 'department'. */
  kind: 'government' | 'department';
  /** For a department, what follows the places (发展和改革局); for a government, ''. */
  unit: string;
  /** For a government, the form it signs with ('' for the bare place name). */
  form: string;
}

function openBrackets(name: string): string {
  const plain = name.replace(/[\s\u3000]/g, '');
  return plain.replace(/[（(]([^()（）]*)[)）]/g, (whole, inner: string) => (GOVERNMENT_FORMS.includes(inner) ? inner : whole));
}

/** Splits the leading places off a name: 淮安市洪泽区人民政府 → [淮安市, 洪泽区] and 人民政府. */
function splitPlaces(key: string): { places: string[]; rest: string } {
  const places: string[] = [];
  let rest = key;
  for (;;) {
    // A government form is not a place: 人民政府 must not be read as a place ending in 府.
    if (GOVERNMENT_FORMS.some((f) => rest.startsWith(f))) break;
    const m = PLACE.exec(rest);
    if (!m) break;
    const place = m[1] as string;
    // A place name has its own name before the ending (市科委 is no place) and no word of an office
    // in it (住房和城乡建设局 does not start with a place called 住房和城乡).
    if (place.length < 2 || /[和与及局委厅办部所站队院会司处科]/.test(place)) break;
    places.push(place);
    rest = rest.slice(place.length);
  }
  return { places, rest };
}

export function readBodyName(name: string): BodyName {
  const key = matchKey(openBrackets(name));
  const { places, rest } = splitPlaces(key);
  if (places.length > 0 && (rest === '' || GOVERNMENT_FORMS.includes(rest)))
    return { name, key, places, kind: 'government', unit: '', form: rest };
  return { name, key, places, kind: 'department', unit: rest, form: '' };
}

/** Whether `short` is `long` or its tail: [洪泽区] of [淮安市, 洪泽区]. */
export function isTailOf(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((p, i) => p === long[offset + i]);
}

/**
 * Whether two names may name one body, by their names alone: the same kind, the same department,
 * and places of which one is the other's tail. A department is never its government, and two
 * different places (平潭县, 平潭综合实验区) are never one government.
 */
export function mayNameSameBody(a: BodyName, b: BodyName): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  if (a.places.length === 0 || b.places.length === 0) return a.key === b.key;
  return isTailOf(a.places, b.places) || isTailOf(b.places, a.places);
}

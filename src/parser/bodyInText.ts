// The body a report without a title names in its own words: who compiled it (汇总…各有关单位…编制,
// 本报告由…编制) or the place the overview opens with (2022年，平潭综合实验区…). Each answer says
// where it was read, for the diagnostic that tells the reader the name was inferred.
import type { SourceText } from './sourceText.ts';

export interface BodyInText {
  name: string;
  /** The line it was read on. */
  line: number;
  /** Where, in Chinese: 导语中的“汇总…编制”. */
  where: string;
}

const NAME = '[^，。；、：:\\s“”《》<>（）()]';
const GOVERNMENT = '(?:人民政府办公室|人民政府办公厅|人民政府|管委会办公室|管委会|管理委员会)';
const PLACE = '(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗|乡|镇)';

const COMPILED = new RegExp(`汇总(${NAME}{2,20}?(?:区|市|县|乡|镇|省|自治区|管委会|人民政府))(?:各有关单位|各部门|各单位|及其)`);
const COMPILED_BY = new RegExp(`由(${NAME}{2,30}?(?:${GOVERNMENT}|办公室|办公厅|局|委员会))(?:负责|牵头|组织)?(?:汇总)?编制`);
const OPENING = /(?:19|20)\d{2}\s*年度?\s*[，,]\s*/g;
const UNIT = new RegExp(`${NAME}{1,8}?${PLACE}`, 'y');
const FORM = new RegExp(GOVERNMENT, 'y');

/** How often `name` occurs in `text`, up to two. */
function occurs(text: string, name: string): number {
  const first = text.indexOf(name);
  return first < 0 ? 0 : text.indexOf(name, first + name.length) < 0 ? 1 : 2;
}

/**
 * The place (and government form) a phrase opens with, cut at a place's end: the longest such
 * name the text uses again elsewhere, so that 平潭综合实验区全面贯彻落实市… reads 平潭综合实验区.
 */
function placeAt(text: string, at: number): string | null {
  const ends: number[] = [];
  let k = at;
  for (let i = 0; i < 4; i++) {
    UNIT.lastIndex = k;
    const m = UNIT.exec(text);
    if (!m) break;
    k += m[0].length;
    ends.push(k);
    FORM.lastIndex = k;
    const form = FORM.exec(text);
    if (form) ends.push(k + form[0].length);
  }
  for (const end of ends.sort((a, b) => b - a)) {
    const name = text.slice(at, end);
    if (!/^[我本该全各]/.test(name) && occurs(text, name) >= 2) return name;
  }
  return null;
}

export function findBodyInText(src: SourceText, clean: string): BodyInText | null {
  const compiled = COMPILED.exec(clean);
  if (compiled?.[1]) return { name: compiled[1], line: src.lineAt(compiled.index), where: '导语中的“汇总……各有关单位……编制”' };
  const by = COMPILED_BY.exec(clean);
  if (by?.[1]) return { name: by[1], line: src.lineAt(by.index), where: '“由……编制”' };
  const overview = clean.indexOf('总体情况');
  if (overview >= 0) {
    const window = clean.slice(overview, overview + 400);
    for (const m of window.matchAll(OPENING)) {
      const name = placeAt(clean, overview + m.index + m[0].length);
      if (name) return { name, line: src.lineAt(overview + m.index), where: '“总体情况”开头的“××年，……”' };
    }
  }
  return null;
}

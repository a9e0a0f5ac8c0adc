// Where in a report's text a finding about the whole report points: the first line that states the
// year or names the body (the title, as a rule). Spaces inside the words are allowed, as reports
// converted from PDF have them.

function firstLine(text: string, pattern: RegExp): number | null {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => pattern.test(line));
  return index < 0 ? null : index + 1;
}

const spaced = (words: string) => [...words.replace(/\s/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');

/** The first line that states the year (2021年, 2 0 2 1 年). */
export function lineNamingYear(text: string, year: number): number | null {
  return firstLine(text, new RegExp(`${spaced(String(year))}\\s*年`));
}

/** The first line that names the body. */
export function lineNaming(text: string, name: string): number | null {
  return name.trim() === '' ? null : firstLine(text, new RegExp(spaced(name)));
}

/** The last line that states the date (2023年3月1日, 2023 年 03 月 01 日, full-width digits too): a report's date closes it. */
export function lineNamingDate(text: string, isoDate: string): number | null {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const pattern = new RegExp(`${spaced(String(y))}\\s*年\\s*0?${spaced(String(m))}\\s*月\\s*0?${spaced(String(d))}\\s*日`);
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  for (let i = lines.length - 1; i >= 0; i--) if (pattern.test(lines[i] as string)) return i + 1;
  return null;
}

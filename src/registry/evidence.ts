// The evidence a suggestion carries, as lines an operator reads in the registry's YAML comments:
// which reports use each name, how the names relate, whether the years overlap, the folders.
import { readBodyName, isTailOf } from './bodyName.ts';

interface Dated {
  id: string;
  folder: string;
  year: number | null;
}

/** The years two or more of the report sets share (each set is one name or one body). */
export function yearsOverlap(sets: Dated[][]): number[] {
  const seen = new Map<number, number>();
  const shared = new Set<number>();
  sets.forEach((set, i) => {
    for (const r of set) {
      if (r.year === null) continue;
      const first = seen.get(r.year);
      if (first === undefined) seen.set(r.year, i);
      else if (first !== i) shared.add(r.year);
    }
  });
  return [...shared].sort((a, b) => a - b);
}

export function listYears(reports: Dated[]): string {
  const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  return years.length === 0 ? '（年度不明）' : years.join('、');
}

/** One line per name: the reports that use it, with their years. */
export function reportsEvidence(groups: { names: string[]; reports: Dated[] }[]): string[] {
  return groups.map(
    (g) => `${g.names.map((n) => `「${n}」`).join('、')}：${g.reports.map((r) => `${r.id}（${r.year ?? '年度不明'}）`).join('、')}`,
  );
}

/** How each pair of different names relates: one without the other's wider places, or another form of one government. */
export function namesEvidence(names: string[]): string[] {
  const read = [...new Set(names)].map(readBodyName);
  const out: string[] = [];
  read.forEach((a, i) => {
    for (const b of read.slice(i + 1)) {
      if (a.key === b.key) continue;
      const [short, long] = a.places.length <= b.places.length ? [a, b] : [b, a];
      if (short.places.length < long.places.length && isTailOf(short.places, long.places))
        out.push(
          `名称互相包含：「${short.name}」是「${long.name}」省去上级地区「${long.places.slice(0, long.places.length - short.places.length).join('')}」的写法`,
        );
      else if (a.kind === 'government' && a.form !== b.form)
        out.push(
          `名称互相包含：「${a.name}」与「${b.name}」是${a.places.join('')}政府的不同写法（${a.form || '地名'}／${b.form || '地名'}）`,
        );
      else out.push(`名称互相包含：「${a.name}」与「${b.name}」`);
    }
  });
  return out;
}

/** The folders the reports are in. */
export function foldersEvidence(reports: Dated[]): string {
  const folders = [...new Set(reports.map((r) => r.folder || '（报告文件夹顶层）'))];
  return folders.length === 1 && reports.length > 1 ? `同一文件夹：${folders[0]}` : `文件夹：${folders.join('、')}`;
}

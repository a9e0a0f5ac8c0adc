// Which files in a folder are reports, and the id each one has: shared by the content loader and
// the check command, so that both see the same reports.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** Every .txt file below a folder, as paths relative to it with forward slashes, sorted. */
export function listReportFiles(base: string): string[] {
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.txt'))
    .map((n) => n.split(sep).join('/'))
    .sort();
}

/** The entry id of a report file: its path below the reports folder, without `.txt`. */
export function reportIdOf(relativePath: string): string {
  return relativePath.replace(/\.txt$/, '');
}

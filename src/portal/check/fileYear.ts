// The year a report file's name carries: litong-2022.txt → 2022.

/** The last four-digit year in the file's name, or null when the name has none. */
export function yearInFileName(path: string): number | null {
  const name = (path.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  const years = [...name.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.at(-1) ?? null;
}

// How the compare page's name index writes report ids: a body's shared start once, then the end of
// each id. Pure and light: the page's script uses it without the build's modules (labels, parser).
import type { CompareIndexBody, CompareIndexReport } from './compareTypes.ts';

/** What all the ids begin with, cut after a `/` or a `-` so that what is left reads as a name or a year. */
export function sharedStart(ids: readonly string[]): string {
  let start = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(start)) start = start.slice(0, -1);
  if (ids.length === 1) start = start.slice(0, -1);
  return start.slice(0, Math.max(start.lastIndexOf('/'), start.lastIndexOf('-')) + 1);
}

/** The full id of a report of the index. */
export function indexedId(body: CompareIndexBody, report: CompareIndexReport): string {
  return body.ids + report[0];
}

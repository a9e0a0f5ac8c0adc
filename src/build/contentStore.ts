// Astro's content store as a build leaves it: `<cacheDir>/data-store.json`, a devalue-serialised Map
// of collections, each a Map of entries. Read outside the page bundle by build steps that work from
// the same parsed reports as the pages (the search index), so that no report is parsed twice.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'devalue';

export interface StoredEntry {
  id: string;
  data: unknown;
  digest?: string | number;
}

/** Where Astro writes the store in a build (single-file storage, the default). */
export const CONTENT_STORE_FILE = 'data-store.json';

/** Every collection's entries, in the store's order (the order getCollection gives); none without a store. */
export function storedCollections(file: string): Map<string, StoredEntry[]> {
  if (!existsSync(file)) return new Map();
  const store = parse(readFileSync(file, 'utf8')) as Map<string, Map<string, StoredEntry>>;
  return new Map([...store].map(([name, entries]) => [name, [...entries.values()]]));
}

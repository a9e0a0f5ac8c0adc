// The cross-year checks of the last build, kept in Astro's cacheDir: a report's checks against the
// same body's report before it depend on the two reports' data alone (their store digests say when it
// changed) and on the code that checks them (codeKey). A rebuild after one edit then compares the
// texts of the edited report and of the one after it, not of every report (~4 s at 10,000 reports).
// Read once when the catalog is built; written back, with only the pairs that build used, right after.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Check } from '../parser/index.ts';
import type { CrossYearMemo } from '../portal/catalog.ts';

interface CacheFile {
  codeKey: string;
  /** By `<previous digest> <digest>`. */
  checks: Record<string, Check[]>;
}

export interface CrossYearCache extends CrossYearMemo {
  /** Writes the pairs this build used, if they are not what the file holds already. */
  save(): void;
}

function readCache(file: string, codeKey: string): Map<string, Check[]> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return stored.codeKey === codeKey ? new Map(Object.entries(stored.checks)) : new Map();
  } catch {
    return new Map(); // no cache yet, or one that cannot be read: every pair is checked
  }
}

export function crossYearCache(file: string, codeKey: string): CrossYearCache {
  const stored = readCache(file, codeKey);
  const used = new Map<string, Check[]>();
  let changed = false;
  const keyOf = (previousDigest: string, digest: string) => `${previousDigest} ${digest}`;
  return {
    get(previousDigest, digest) {
      const key = keyOf(previousDigest, digest);
      const checks = stored.get(key);
      if (checks) used.set(key, checks);
      return checks;
    },
    set(previousDigest, digest, checks) {
      used.set(keyOf(previousDigest, digest), checks);
      changed = true;
    },
    save() {
      if (!changed && used.size === stored.size) return;
      mkdirSync(dirname(file), { recursive: true });
      // Written under a temporary name and renamed: a build stopped half-way leaves the last whole file.
      const partial = `${file}.partial`;
      writeFileSync(partial, JSON.stringify({ codeKey, checks: Object.fromEntries(used) } satisfies CacheFile));
      renameSync(partial, file);
    },
  };
}

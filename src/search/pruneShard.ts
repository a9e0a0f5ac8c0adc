// A merged shard needs only its index: its entry file, meta, index, fragment and filter chunks. The
// search library and its WebAssembly come from the first shard; the UI bundles are not used at all.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const KEEP = /^(?:pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

export function pruneShard(folder: string): void {
  for (const name of readdirSync(folder)) if (!KEEP.test(name)) rmSync(join(folder, name), { recursive: true, force: true });
}

/** The first shard keeps the library but not the UI bundles the site does not use. */
export function pruneFirstShard(folder: string): void {
  for (const name of readdirSync(folder))
    if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(folder, name), { force: true });
}

// A shard is whole when its pagefind-entry.json reads as JSON and the meta file it names is there
// (Pagefind writes the entry file last).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function shardIsWhole(folder: string): boolean {
  try {
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { hash?: string }>;
    };
    const languages = Object.values(entry.languages ?? {});
    return (
      languages.length > 0 &&
      languages.every((l) => typeof l.hash === 'string' && statSync(join(folder, `pagefind.${l.hash}.pf_meta`)).size > 0)
    );
  } catch {
    return false;
  }
}

/** Waits (a tenth of a second at a time) until the shard is whole; throws after `timeoutMs`. */
export async function waitForEntry(folder: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!shardIsWhole(folder)) {
    if (Date.now() > until) throw new Error(`搜索索引分片 ${folder} 的 pagefind-entry.json 未写完。`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

// Shards are put where the site serves them; a shard already in place with the same key stays.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ShardOutput, placeShards } from '../../src/search/placeShards.ts';

function shard(dir: string, name: string, content: string, indexed = true): ShardOutput {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { hash: 'h' } } }));
  writeFileSync(join(folder, 'pagefind.h.pf_meta'), content);
  writeFileSync(join(folder, 'pagefind-ui.js'), 'ui');
  return { key: content, folder, indexed };
}

describe('placeShards', () => {
  it('places shard 0 at the top and shard k below it, keeps unchanged ones and drops ones no longer there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-place-'));
    const out = join(dir, 'dist', 'pagefind');
    const placed = join(dir, 'cache', 'placed.json');
    const meta = (path: string) => readFileSync(join(out, path, 'pagefind.h.pf_meta'), 'utf8');

    expect(placeShards([shard(dir, 'a0', 'A'), shard(dir, 'a1', 'B'), shard(dir, 'a2', 'C', false)], out, placed)).toBe(0);
    expect([meta(''), meta('shard-1'), meta('shard-2')]).toEqual(['A', 'B', 'C']);
    expect(existsSync(join(out, 'shard-1', 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(dir, 'a2'))).toBe(true);

    // Shard 0 changes, shard 1 stays, shard 2 is gone.
    expect(placeShards([shard(dir, 'b0', 'A2'), shard(dir, 'b1', 'B')], out, placed)).toBe(1);
    expect([meta(''), meta('shard-1')]).toEqual(['A2', 'B']);
    expect(existsSync(join(out, 'shard-2'))).toBe(false);
  });
});

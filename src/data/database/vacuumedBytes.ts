// A finished in-memory database → the bytes of its file, vacuumed (no free pages, rows in key
// order). Node's DatabaseSync.serialize() came with Node 26; on an older Node the database is
// vacuumed into a temporary file instead, which gives the same bytes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';

export function vacuumedBytes(
  db: DatabaseSync,
  viaFile = typeof (db as { serialize?: unknown }).serialize !== 'function',
): Uint8Array<ArrayBuffer> {
  if (!viaFile) {
    db.exec('VACUUM');
    // A copy on an ArrayBuffer of its own: what a Response body takes.
    return new Uint8Array(db.serialize());
  }
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-sqlite-'));
  try {
    const file = join(dir, 'nianbao.sqlite');
    db.prepare('VACUUM INTO ?').run(file);
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

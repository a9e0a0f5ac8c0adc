// Bytes and files below a folder, and how many of them are HTML pages.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
  htmlPages: number;
}

export function folderSize(dir: string): FolderSize {
  const size: FolderSize = { bytes: 0, files: 0, htmlPages: 0 };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, name));
    if (!s.isFile()) continue;
    size.bytes += s.size;
    size.files++;
    if (name.endsWith('.html')) size.htmlPages++;
  }
  return size;
}

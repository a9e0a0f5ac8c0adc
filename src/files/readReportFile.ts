// Reads one report file from disk: bytes → text (any of the encodings offices use, or converted from
// a web page, Word file or PDF) → parsed report.
import { readFileSync } from 'node:fs';
import { ConversionCache, DEFAULT_CACHE_DIR } from '../import/conversionCache.ts';
import { parseOriginalFile } from './originalFile.ts';
import type { ParsedReportFile } from './reportFile.ts';

export type ReadResult = ({ ok: true } & ParsedReportFile) | { ok: false; message: string };

/** Converted text is kept in `cacheDir` (below the working directory unless absolute); null keeps none. */
export async function readReportFile(path: string, cacheDir: string | null = DEFAULT_CACHE_DIR): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? '文件不存在'
        : code === 'EISDIR'
          ? '这是一个目录，不是文件'
          : code === 'EACCES'
            ? '没有读取权限'
            : `无法读取（${code ?? String(error)}）`;
    return { ok: false, message: `${path}：${reason}。` };
  }
  const cache = cacheDir === null ? null : new ConversionCache(cacheDir);
  return { ok: true, ...(await parseOriginalFile(bytes, path, { cache })) };
}

// Reads one report file from disk: bytes → text (any of the encodings offices use) → parsed report.
import { readFileSync } from 'node:fs';
import { type ParsedReportFile, parseReportFile } from './reportFile.ts';

export type ReadResult = ({ ok: true } & ParsedReportFile) | { ok: false; message: string };

export function readReportFile(path: string): ReadResult {
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
  return { ok: true, ...parseReportFile(bytes, path) };
}

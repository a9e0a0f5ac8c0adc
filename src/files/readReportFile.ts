// Reads one report file from disk: bytes → text (any of the encodings offices use) → parsed report.
import { readFileSync } from 'node:fs';
import { decodeReport, parseReport, type Report } from '../parser/index.ts';

export type ReadResult = { ok: true; report: Report } | { ok: false; message: string };

export function readReportFile(path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录，不是文件' : code === 'EACCES' ? '没有读取权限' : `无法读取（${code ?? String(error)}）`;
    return { ok: false, message: `${path}：${reason}。` };
  }
  const decoded = decodeReport(bytes);
  const report = parseReport(decoded.text, { path });
  if (decoded.encoding !== 'utf-8') {
    report.diagnostics.unshift({
      severity: 'info',
      code: 'input.encoding',
      message: `文件采用 ${decoded.encoding.toUpperCase()} 编码，已按该编码读取。`,
      line: null,
    });
  }
  return { ok: true, report };
}

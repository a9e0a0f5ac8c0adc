// One report file's bytes → its parsed report and where it came from. Shared by the content
// loader, the parse command and the check command, so that all three read a file the same way.
import { createHash } from 'node:crypto';
import { decodeReport, parseReport, type Report } from '../parser/index.ts';

export interface ReportSource {
  path: string;
  sha256: string;
  bytes: number;
  encoding: string;
}

export interface ParsedReportFile {
  report: Report;
  source: ReportSource;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function parseReportFile(bytes: Uint8Array, path: string): ParsedReportFile {
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
  return { report, source: { path, sha256: sha256(bytes), bytes: bytes.length, encoding: decoded.encoding } };
}

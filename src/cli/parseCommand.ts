// `npm run --silent parse -- <file…>`: the parser's public command-line interface.
// One file → one JSON document; several → an array in the order given. Exit 0 when every file
// was read (whatever the reports' own errors), 2 for a missing/unreadable file or bad usage.
import { readReportFile } from '../files/readReportFile.ts';
import type { Report } from '../parser/index.ts';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const PARSE_USAGE = `用法：npm run --silent parse -- <报告文件…>
把政府信息公开工作年度报告文件（.txt、.html、.docx、.pdf）解析为 JSON，输出到标准输出。
一个文件输出一个 JSON 对象，多个文件输出按给定顺序排列的 JSON 数组。
退出码：0 表示文件均已读取（报告本身的问题见 diagnostics）；2 表示文件不存在、无法读取或用法有误。`;

export async function runParseCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${PARSE_USAGE}\n`);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '-');
  if (unknown.length > 0) {
    io.err(`不认识的选项：${unknown.join(' ')}\n${PARSE_USAGE}\n`);
    return 2;
  }
  if (args.length === 0) {
    io.err(`没有给出要解析的文件。\n${PARSE_USAGE}\n`);
    return 2;
  }
  const reports: Report[] = [];
  const failures: string[] = [];
  for (const path of args) {
    const result = await readReportFile(path);
    if (result.ok) reports.push(result.report);
    else failures.push(result.message);
  }
  if (failures.length > 0) {
    io.err(`${failures.join('\n')}\n`);
    return 2;
  }
  io.out(`${JSON.stringify(args.length === 1 ? reports[0] : reports, null, 2)}\n`);
  return 0;
}

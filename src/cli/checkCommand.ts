// `npm run check -- [files or folders…]`: what is wrong with report files before they are published,
// in Chinese, at the line it is on. Without paths, every report under content/reports is checked.
// Exit 1 when a file has an error, 0 otherwise (warnings are published with the report); 2 for bad
// usage or an unreadable registry.
import { join, relative, resolve } from 'node:path';
import { readReportFile } from '../files/readReportFile.ts';
import { listReportFiles } from '../files/reportFiles.ts';
import { checkReports, type FileInput } from '../portal/check/checkReports.ts';
import { formatJson, formatText, summarise } from '../portal/check/formatFindings.ts';
import { siteConfig } from '../site.config.ts';
import { isFolder, openPortal } from './commandInputs.ts';
import type { CommandIo } from './parseCommand.ts';

export interface CheckIo extends CommandIo {
  /** Whether stderr is a terminal: only then is progress shown. */
  errIsTTY?: boolean;
}

export const CHECK_USAGE = `用法：npm run check -- [报告文件或文件夹…] [选项]
检查政府信息公开工作年度报告文件：逐条列出错误、警告和提示（文件:行: 级别 [代码] 说明），最后给出汇总。
不给文件时检查 ${siteConfig.reportsDir} 下的全部报告；给出的文件也与其中的报告比较（上一年度的衔接、同一年度的重复文件）。
选项：
  --json               以 JSON 输出，供程序读取
  --reports <文件夹>   门户的报告文件夹（默认 ${siteConfig.reportsDir}）
  --agencies <文件>    机关名录（默认 ${siteConfig.bodiesFile}）
退出码：0 表示没有错误（可能有警告）；1 表示有错误；2 表示用法有误或机关名录无法读取。`;

/** Progress shows only for this many files or more. */
const PROGRESS_FROM = 20;

interface Options {
  json: boolean;
  reports: string;
  /** The registry of bodies, from --agencies (the option keeps the name operators know). */
  bodiesFile: string;
  paths: string[];
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { json: false, reports: siteConfig.reportsDir, bodiesFile: siteConfig.bodiesFile, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--json') options.json = true;
    else if (name === '--reports' || name === '--agencies') {
      const value = inline ?? args[++i];
      if (!value) return `选项 ${name} 后面缺少路径。`;
      options[name === '--reports' ? 'reports' : 'bodiesFile'] = value;
    } else if (arg.startsWith('-') && arg !== '-') return `不认识的选项：${arg}`;
    else options.paths.push(arg);
  }
  return options;
}

const slashes = (path: string) => path.split('\\').join('/');

/** The files a path stands for: itself, or every report file below a folder. */
function expand(path: string): string[] {
  // A missing path stays as it is: it is reported as an unreadable file.
  return isFolder(path) ? listReportFiles(path).map((f) => slashes(join(path, f))) : [slashes(path)];
}

export async function runCheckCommand(args: string[], io: CheckIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${CHECK_USAGE}\n`);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n${CHECK_USAGE}\n`);
    return 2;
  }
  const bodies = openPortal(options.reports, options.bodiesFile, io.err);
  if (bodies === null) return 2;

  const portal = listReportFiles(options.reports).map((f) => slashes(relative('.', join(options.reports, f))));
  const checked = options.paths.length === 0 ? portal : [...new Set(options.paths.flatMap(expand))];
  const checkedAt = new Set(checked.map((p) => resolve(p)));
  const context = portal.filter((p) => !checkedAt.has(resolve(p)));

  const all = [...checked.map((path) => ({ path, checked: true })), ...context.map((path) => ({ path, checked: false }))];
  const progress = io.errIsTTY === true && all.length >= PROGRESS_FROM;
  const step = Math.max(1, Math.floor(all.length / 100));
  const inputs: FileInput[] = [];
  for (const [i, { path, checked: isChecked }] of all.entries()) {
    if (progress && ((i + 1) % step === 0 || i + 1 === all.length)) io.err(`\r正在读取报告 ${i + 1}/${all.length}…`);
    const read = await readReportFile(path);
    inputs.push(
      read.ok
        ? { path, checked: isChecked, ok: true, parsed: read }
        : { path, checked: isChecked, ok: false, message: `无法读取：${read.message.replace(`${path}：`, '')}` },
    );
  }
  if (progress) io.err('\r\x1b[2K');

  const files = checkReports(inputs, {
    registry: bodies,
    registryPath: options.bodiesFile,
    rootRegion: siteConfig.rootRegion,
    deadlines: siteConfig.deadlines,
  });
  io.out(options.json ? formatJson(files) : formatText(files));
  return summarise(files).errors > 0 ? 1 : 0;
}

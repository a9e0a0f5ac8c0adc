// `npm run agencies -- suggest [--write]`: registry entries for the bodies the reports name that the
// registry (content/agencies.yaml) does not know, with their evidence as YAML comments. Without
// --write they are printed; with it they are added to the registry file, keeping what is there,
// for the operator to review as a diff. Exit 0 on success, 2 for bad usage or an unreadable file.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readReportFile } from '../files/readReportFile.ts';
import { listReportFiles, reportIdOf } from '../files/reportFiles.ts';
import { type NamedReport, type Suggestion, suggestEntries } from '../registry/suggest.ts';
import { addSuggestions, showSuggestions } from '../registry/writeSuggestions.ts';
import { bodyRegistrySchema } from '../schema/body.ts';
import { siteConfig } from '../site.config.ts';
import { openPortal } from './commandInputs.ts';
import type { CommandIo } from './parseCommand.ts';

export const AGENCIES_USAGE = `用法：npm run agencies -- suggest [选项]
为报告中出现、但机关名录中没有登记的机关提出名录条目建议：同一机关的不同写法列为别名，
并以 YAML 注释写明依据（使用该名称的报告和年度、名称之间的关系、所在文件夹）。
选项：
  --write              把建议写入机关名录（保留原有内容和注释），以便用 git diff 审核
  --reports <文件夹>   门户的报告文件夹（默认 ${siteConfig.reportsDir}，环境变量 REPORTS_DIR）
  --agencies <文件>    机关名录（默认 ${siteConfig.bodiesFile}，环境变量 AGENCIES_FILE）
退出码：0 表示成功；2 表示用法有误、文件夹或机关名录无法读取。`;

interface Options {
  write: boolean;
  reports: string;
  bodiesFile: string;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { write: false, reports: siteConfig.reportsDir, bodiesFile: siteConfig.bodiesFile };
  const [command, ...rest] = args;
  if (command !== 'suggest') return command === undefined ? '没有给出命令。' : `不认识的命令：${command}`;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--write') options.write = true;
    else if (name === '--reports' || name === '--agencies') {
      const value = inline ?? rest[++i];
      if (!value) return `选项 ${name} 后面缺少路径。`;
      options[name === '--reports' ? 'reports' : 'bodiesFile'] = value;
    } else return arg.startsWith('-') ? `不认识的选项：${arg}` : `多余的参数：${arg}`;
  }
  return options;
}

/** The reports of a folder that name their body, as the suggestions see them (originals converted). */
export async function namedReports(reportsDir: string): Promise<NamedReport[]> {
  const out: NamedReport[] = [];
  for (const file of listReportFiles(reportsDir)) {
    const read = await readReportFile(join(reportsDir, file));
    if (!read.ok) continue;
    const { report, frontMatter } = read;
    if (report.agency === null) continue;
    const folder = dirname(file);
    out.push({
      id: reportIdOf(file),
      folder: folder === '.' ? '' : folder,
      year: report.year,
      name: report.agency,
      ...(frontMatter?.region ? { region: frontMatter.region } : {}),
    });
  }
  return out;
}

function summary(suggestions: Suggestion[]): string {
  const added = suggestions.filter((s) => s.kind === 'new').length;
  const aliased = suggestions.filter((s) => s.kind === 'aliases').length;
  return `新机关 ${added} 个，已登记机关增加别名 ${aliased} 处。`;
}

export async function runAgenciesCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${AGENCIES_USAGE}\n`);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n${AGENCIES_USAGE}\n`);
    return 2;
  }
  const bodies = openPortal(options.reports, options.bodiesFile, io.err);
  if (bodies === null) return 2;
  const suggestions = suggestEntries(await namedReports(options.reports), bodies, { rootRegion: siteConfig.rootRegion });
  if (suggestions.length === 0) {
    io.out('报告中的机关都已在机关名录中登记，没有建议。\n');
    return 0;
  }
  if (!options.write) {
    io.out(`${showSuggestions(suggestions)}\n\n${summary(suggestions)}加上 --write 写入 ${options.bodiesFile}。\n`);
    return 0;
  }
  const written = addSuggestions(readFileSync(options.bodiesFile, 'utf8'), suggestions);
  // What is written must still be a registry the portal reads.
  if (!written.ok || !bodyRegistrySchema.safeParse(parseYaml(written.text)).success) {
    io.err(`无法写入机关名录 ${options.bodiesFile}：${written.ok ? '写入后的名录不合规定' : written.message}\n`);
    return 2;
  }
  writeFileSync(options.bodiesFile, written.text);
  io.out(`已写入 ${options.bodiesFile}：${summary(suggestions)}请用 git diff 审核。\n`);
  return 0;
}

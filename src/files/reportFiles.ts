// Which files in a folder are reports, and the id each one has: shared by the content loader and
// the check command, so that both see the same reports.
import { existsSync, readdirSync } from 'node:fs';
import { extname, sep } from 'node:path';
import { REPORT_EXTENSIONS, UNSUPPORTED_EXTENSIONS } from '../import/fileType.ts';

/**
 * The extensions a report file may have, the one kept first when two files share a name: the .txt an
 * agency reviewed (`npm run import` writes it beside its original), then the originals. Formats that
 * cannot be read are listed last, so that such a file is reported rather than passed over.
 */
const PRIORITY = [...Object.keys(REPORT_EXTENSIONS), ...Object.keys(UNSUPPORTED_EXTENSIONS)];

const extensionOf = (name: string) => extname(name).toLowerCase();

/**
 * Every report file below a folder (.txt, .html/.htm, .docx, .pdf, and the formats to report as not
 * readable), as paths relative to it with forward slashes, sorted; one file per report id.
 */
export function listReportFiles(base: string): string[] {
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const chosen = new Map<string, string>();
  for (const name of names) {
    const rank = PRIORITY.indexOf(extensionOf(name));
    if (rank < 0) continue;
    const path = name.split(sep).join('/');
    const id = reportIdOf(path);
    const kept = chosen.get(id);
    if (kept === undefined || rank < PRIORITY.indexOf(extensionOf(kept))) chosen.set(id, path);
  }
  return [...chosen.values()].sort();
}

/**
 * Why a portal has no report, and what to do: the folder is missing, or holds no report file. A
 * portal without reports has nothing to show or search (the build stops with this one message).
 */
export function noReportsMessage(base: string): string {
  const where = existsSync(base) ? `报告文件夹 ${base} 中没有报告文件（.txt、.pdf、.docx、.html）` : `找不到报告文件夹 ${base}`;
  return `${where}。请把报告放入该文件夹，或用环境变量 REPORTS_DIR 指定报告所在的文件夹（默认 content/reports）。`;
}

/** The entry id of a report file: its path below the reports folder, without its extension. */
export function reportIdOf(relativePath: string): string {
  const ext = extname(relativePath);
  return PRIORITY.includes(ext.toLowerCase()) ? relativePath.slice(0, -ext.length) : relativePath;
}

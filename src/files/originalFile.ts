// One report original's bytes → its parsed report, whatever its type: plain text as before; a web
// page, Word file or PDF converted first (the converted text is what line numbers refer to), its own
// metadata filling what the text lacks; a file that cannot be read → a report that says so in one error.
import { type ConversionCache } from '../import/conversionCache.ts';
import type { OriginalMetadata } from '../import/conversion.ts';
import { convertOriginal, type ConvertedFormat } from '../import/convertOriginal.ts';
import { parseReport, type Diagnostic, type ParseOverrides, type Report } from '../parser/index.ts';
import { type ParsedReportFile, parseReportFile, sha256 } from './reportFile.ts';

export interface OriginalOptions {
  /** `checks: false` leaves the report's checks empty (see ParseOptions.checks). */
  checks?: boolean;
  /** Where converted text is kept; null converts every time. */
  cache: ConversionCache | null;
}

const FORMAT_NAMES: Record<ConvertedFormat, string> = { html: '网页', docx: 'Word 文件', pdf: 'PDF' };

export async function parseOriginalFile(bytes: Uint8Array, path: string, options: OriginalOptions): Promise<ParsedReportFile> {
  const original = await convertOriginal(bytes, path, options.cache);
  if (original.ok && original.format === 'text') return parseReportFile(bytes, path, { checks: options.checks });
  const source = { path, sha256: sha256(bytes), bytes: bytes.length };
  if (!original.ok) {
    // The empty report the parser makes of no text, with this one error instead of its own.
    const report = parseReport('', { path, checks: options.checks });
    report.diagnostics = [{ severity: 'error', code: original.code, message: original.message, line: null }];
    // A page, Word file or PDF that could not be converted is still served as what it is (see urls.original).
    const format = original.format === undefined ? {} : { format: original.format };
    return { report, source: { ...source, encoding: 'binary', ...format }, text: '', frontMatter: null, frontMatterLines: {} };
  }
  const { report, filled } = parseWithMetadata(original.text, path, original.metadata, FORMAT_NAMES[original.format], options.checks);
  return {
    report,
    source: {
      ...source,
      encoding: original.format === 'html' ? 'utf-8' : 'binary',
      format: original.format,
      ...(Object.keys(filled).length > 0 ? { fromOriginal: filled } : {}),
    },
    text: original.text,
    frontMatter: null,
    frontMatterLines: {},
  };
}

/**
 * The converted text parsed, the original's metadata taking the place of what the text lacks (its
 * title, body, date of publication; its address is kept for the page): each such field said so.
 */
export function parseWithMetadata(
  text: string,
  path: string,
  metadata: OriginalMetadata,
  formatName: string,
  checks?: boolean,
): { report: Report; filled: OriginalMetadata } {
  let report = parseReport(text, { path, checks });
  const filled: OriginalMetadata = {};
  const overrides: ParseOverrides = {};
  if (report.title === null && metadata.title !== undefined) {
    filled.title = metadata.title;
    // What the title would have told the parser: its body and its year.
    const fromTitle = parseReport(metadata.title, { checks: false });
    if (report.agency === null && fromTitle.agency !== null) overrides.body = filled.body = fromTitle.agency;
    if (report.year === null && fromTitle.year !== null) overrides.year = fromTitle.year;
  }
  if (report.agency === null && overrides.body === undefined && metadata.body !== undefined) overrides.body = filled.body = metadata.body;
  if (report.publishedOn === null && metadata.published !== undefined) overrides.publishedOn = filled.published = metadata.published;
  if (metadata.source !== undefined) filled.source = metadata.source;
  if (Object.keys(overrides).length > 0) report = parseReport(text, { path, overrides, checks });
  if (filled.title !== undefined) report.title = filled.title;

  const said: Diagnostic[] = [];
  const info = (message: string) => said.push({ severity: 'info', code: 'import.metadata', message, line: null });
  if (filled.title !== undefined) info(`正文中没有报告标题，标题取自${formatName}元数据：“${filled.title}”。`);
  if (overrides.year !== undefined) info(`正文中没有统计年度，年度取自${formatName}元数据中的标题：${overrides.year} 年。`);
  if (filled.body !== undefined) info(`正文中没有发布机关，机关名称取自${formatName}元数据：“${filled.body}”。`);
  if (filled.published !== undefined) info(`正文中没有发布日期，发布日期取自${formatName}元数据：${filled.published}。`);
  report.diagnostics.unshift(...said);
  // The title now stands: a “no title” warning no longer holds.
  if (filled.title !== undefined) report.diagnostics = report.diagnostics.filter((d) => d.code !== 'title.missing');
  return { report, filled };
}

// One report file's bytes → its parsed report and where it came from. Shared by the content
// loader, the parse command and the check command, so that all three read a file the same way.
import { createHash } from 'node:crypto';
import { decodeReport, parseReport, type ParseOverrides, type Report } from '../parser/index.ts';
import type { OriginalMetadata } from '../import/conversion.ts';
import type { FrontMatterData } from '../schema/frontMatter.ts';
import { splitFrontMatter } from './frontMatter.ts';

export interface ReportSource {
  /** The original: the file of record, linked and hashed by the portal. */
  path: string;
  sha256: string;
  bytes: number;
  /** The text's encoding; for a converted original, that of the page (html) or `binary` (docx, pdf). */
  encoding: string;
  /** The original's format when it is not plain text: its text was converted before it was parsed. */
  format?: 'html' | 'docx' | 'pdf';
  /** What the original's own metadata supplied that the text lacked (shown as such on the report's page). */
  fromOriginal?: OriginalMetadata;
}

export interface ParsedReportFile {
  report: Report;
  source: ReportSource;
  /** The text as parsed: decoded (or converted), its front matter lines blank (line numbers are this text's). */
  text: string;
  /** The file's front matter (its valid keys), or null when it has none. */
  frontMatter: FrontMatterData | null;
  /** The file line of each front matter key, for messages. */
  frontMatterLines: Record<string, number>;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `checks: false` leaves the report's checks empty (see ParseOptions.checks). */
export function parseReportFile(bytes: Uint8Array, path: string, options: { checks?: boolean } = {}): ParsedReportFile {
  const decoded = decodeReport(bytes);
  const split = splitFrontMatter(decoded.text);
  const data = split.frontMatter?.data ?? null;
  const report = parseReport(split.text, { path, overrides: overridesOf(data), checks: options.checks });
  report.diagnostics.unshift(...split.diagnostics);
  if (decoded.encoding !== 'utf-8') {
    report.diagnostics.unshift({
      severity: 'info',
      code: 'input.encoding',
      message: `文件采用 ${decoded.encoding.toUpperCase()} 编码，已按该编码读取。`,
      line: null,
    });
  }
  return {
    report,
    source: { path, sha256: sha256(bytes), bytes: bytes.length, encoding: decoded.encoding },
    text: split.text,
    frontMatter: data,
    frontMatterLines: split.frontMatter?.keyLines ?? {},
  };
}

/** The front matter keys that take the place of what the text says. */
function overridesOf(data: FrontMatterData | null): ParseOverrides {
  const overrides: ParseOverrides = {};
  if (data?.body !== undefined) overrides.body = data.body;
  if (data?.year !== undefined) overrides.year = data.year;
  if (data?.publishedOn !== undefined) overrides.publishedOn = data.publishedOn;
  return overrides;
}

// What the content collection stores for one report file: the parsed report, where it came from,
// and its front matter. The loader and the check command build the same entry.
import type { ParsedReportFile } from '../files/reportFile.ts';
import type { ReportEntryData } from '../schema/report.ts';

export function reportEntryData({ report, source, frontMatter }: ParsedReportFile): ReportEntryData {
  return { ...report, source, ...(frontMatter ? { frontMatter } : {}) };
}

// parseReport: the text of one 政府信息公开工作年度报告 → the spec's data, with checks and diagnostics.
// Pure: no I/O, no clock, no randomness — the same text always gives the same report.
import type { Block, Diagnostic, Report, Section, TableName } from './types.ts';
import { SourceText } from './sourceText.ts';
import { blankNoise } from './noise.ts';
import { findPeriod, findPublishedOn, findTitle } from './metadata.ts';
import { findBodyInText } from './bodyInText.ts';
import { type Heading, findHeadings } from './sections.ts';
import { type Region, findTableRegions } from './tableRegions.ts';
import { detectFormat } from './format.ts';
import { buildBlocks } from './blocks.ts';
import { readRecords } from './tokens.ts';
import { readApplicationsTable } from './tables/applicationsTable.ts';
import { readProactiveTable } from './tables/proactiveTable.ts';
import { readReviewLitigationTable } from './tables/reviewLitigationTable.ts';
import { readLegacyStatistics } from './tables/legacyStatisticsTable.ts';
import { signatureBody } from './signature.ts';
import { reportChecks } from './reportChecks.ts';

export interface ParseOptions {
  /** The file's path, carried into the report for messages and links. */
  path?: string;
  /** What the file's front matter says, taking the place of what the text says (see src/files/frontMatter.ts). */
  overrides?: ParseOverrides;
  /**
   * false: leave `checks` empty, for a caller that runs reportChecks itself once it needs them (the
   * portal's catalog does, so a build computes each report's checks once). Default true.
   */
  checks?: boolean;
}

export interface ParseOverrides {
  /** The front matter's body (机关名称), taking the place of the body the text names. */
  body?: string;
  year?: number;
  publishedOn?: string;
}

const MODERN_SECTIONS: { key: string; name: string }[] = [
  { key: 'overview', name: '总体情况' },
  { key: 'proactive', name: '主动公开政府信息情况' },
  { key: 'applications', name: '收到和处理政府信息公开申请情况' },
  { key: 'reviewLitigation', name: '政府信息公开行政复议、行政诉讼情况' },
  { key: 'problems', name: '存在的主要问题及改进情况' },
  { key: 'other', name: '其他需要报告的事项' },
];

export function parseReport(text: string, options: ParseOptions = {}): Report {
  const path = options.path ?? '';
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''), path, options.overrides ?? {}, options.checks ?? true);
  } catch (error) {
    // A bug must not take a whole portal build down with it; the report says what happened.
    return {
      ...emptyReport(path),
      diagnostics: [{ severity: 'error', code: 'parser.internal', message: `解析程序内部错误：${String(error)}`, line: null }],
    };
  }
}

function emptyReport(path: string): Report {
  return {
    path,
    agency: null,
    year: null,
    format: 'unknown',
    title: null,
    publishedOn: null,
    period: null,
    preamble: [],
    sections: [],
    proactive: null,
    applications: null,
    reviewLitigation: null,
    legacyStatistics: null,
    tableLines: {},
    checks: [],
    diagnostics: [],
  };
}

function parse(text: string, path: string, overrides: ParseOverrides, withChecks: boolean): Report {
  const report = emptyReport(path);
  const diagnostics: Diagnostic[] = [];
  const src = new SourceText(text);
  if (src.flat.trim() === '') {
    report.diagnostics.push({ severity: 'error', code: 'input.empty', message: '文件没有内容。', line: null });
    return report;
  }
  const clean = blankNoise(src);

  const title = findTitle(src, clean);
  const headings = findHeadings(src, clean);
  const regions = findTableRegions(src, clean, headings);
  const period = findPeriod(src, clean);
  const published = findPublishedOn(src, clean);
  report.title = title?.text ?? null;
  report.period = period;
  report.publishedOn = overrides.publishedOn ?? published?.date ?? null;
  report.year = overrides.year ?? title?.year ?? (period ? Number(period.from.slice(0, 4)) : null);
  // The body as the report names itself: front matter, title, signature; only without all three,
  // what its text says of itself.
  const named = overrides.body ?? title?.body ?? signatureBody(src, clean, published?.line ?? null);
  const inText = overrides.body !== undefined || named ? null : findBodyInText(src, clean);
  report.agency = named ?? inText?.name ?? null;
  if (inText)
    diagnostics.push({
      severity: 'info',
      code: 'agency.inferred',
      message: `报告的标题和落款都没有写明发布机关，“${inText.name}”取自第 ${inText.line} 行${inText.where}；如不正确，请在 front matter 中写明 body（机关名称）。`,
      line: inText.line,
    });

  const hasModern = regions.some((r) => r.table !== 'legacyStatistics');
  const hasLegacy = regions.some((r) => r.table === 'legacyStatistics');
  report.format = detectFormat(clean, regions, report.year, hasModern, hasLegacy);

  // Tables, each region shrunk to what its reader used so that prose after a table stays prose.
  const used: Region[] = [];
  const records = (r: Region) => readRecords(src, clean, r.start, r.end, { absorbUnits: true });
  for (const region of regions) {
    let end = region.end;
    if (region.table === 'proactive') {
      const t = readProactiveTable(records(region), report.format);
      if (t) {
        report.proactive = t.rows;
        diagnostics.push(...t.diagnostics);
        report.tableLines.proactive = t.line;
        end = t.end;
      }
    } else if (region.table === 'applications') {
      const t = readApplicationsTable(records(region), report.format);
      if (t) {
        report.applications = t.rows;
        diagnostics.push(...t.diagnostics);
        report.tableLines.applications = t.line;
        end = t.end;
      }
    } else if (region.table === 'reviewLitigation') {
      const t = readReviewLitigationTable(records(region));
      if (t) {
        report.reviewLitigation = t.rows;
        diagnostics.push(...t.diagnostics);
        report.tableLines.reviewLitigation = t.line;
        end = t.end;
      }
    } else {
      const t = readLegacyStatistics(src, clean, region.start, region.end);
      if (t) {
        report.legacyStatistics = t.rows;
        diagnostics.push(...t.diagnostics);
        report.tableLines.legacyStatistics = t.line;
        end = t.end;
      }
    }
    const line = src.lineAt(Math.max(region.start, end - 1));
    // In a file of many lines a table ends at a line end; in a one-line file, at its last number.
    const shrunk =
      src.lineCount > 3 && end > region.start ? Math.min(region.end, src.lineEnd(line)) : Math.min(region.end, Math.max(end, region.start));
    if (report.tableLines[region.table] !== undefined) used.push({ ...region, end: shrunk });
  }

  // Text.
  const sections: Section[] = [];
  const first = headings[0];
  report.preamble = buildBlocks(src, clean, 0, first ? first.start : clean.length, used).filter(
    (b) =>
      !(title && b.type === 'paragraph' && b.line <= title.line + 1 && b.text.replace(/\s/g, '') === title.text.replace(/\s/g, '')) &&
      !isTitleLine(b, title?.line),
  );
  headings.forEach((h: Heading, i) => {
    const next = headings[i + 1];
    sections.push({
      number: h.number,
      key: h.key,
      heading: h.heading,
      line: h.line,
      blocks: buildBlocks(src, clean, h.end, next ? next.start : clean.length, used),
    });
  });
  report.sections = sections;

  if (withChecks) report.checks = reportChecks(report);

  report.diagnostics = [...metadataDiagnostics(report, headings, title?.line ?? null), ...diagnostics, ...fragmentDiagnostics(report)];
  return report;
}

function isTitleLine(b: Block, titleLine: number | undefined): boolean {
  return (
    titleLine !== undefined &&
    (b.type === 'paragraph' || b.type === 'subheading') &&
    (b.line === titleLine || b.line === titleLine + 1) &&
    b.text.length <= 60 &&
    /报告|年报/.test(b.text)
  );
}

function metadataDiagnostics(report: Report, headings: Heading[], titleLine: number | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (report.title === null) out.push({ severity: 'warning', code: 'title.missing', message: '没有找到报告标题。', line: null });
  if (report.agency === null)
    out.push({
      severity: 'error',
      code: 'agency.missing',
      message: '无法识别报告的发布机关（标题或落款中没有机关名称）。',
      line: titleLine,
    });
  if (report.year === null)
    out.push({
      severity: 'error',
      code: 'year.missing',
      message: '无法识别报告所统计的年度（标题和统计期限中都没有年份）。',
      line: titleLine,
    });
  if (report.period && report.year !== null && Number(report.period.from.slice(0, 4)) !== report.year) {
    out.push({
      severity: 'warning',
      code: 'year.mismatch',
      message: `标题年度为 ${report.year} 年，统计期限却是 ${report.period.from} 至 ${report.period.to}。`,
      line: report.period.line,
    });
  }
  if (report.format === 'unknown')
    out.push({ severity: 'warning', code: 'format.unknown', message: '无法判断报告采用的格式（2021年版、2019年版或旧版）。', line: null });
  if (report.format === '2021' || report.format === '2019') {
    for (const s of MODERN_SECTIONS) {
      if (!headings.some((h) => h.key === s.key))
        out.push({ severity: 'warning', code: 'section.missing', message: `没有找到“${s.name}”部分的标题。`, line: null });
    }
    const tables: [TableName, string][] = [
      ['proactive', '表二（主动公开政府信息情况）'],
      ['applications', '表三（收到和处理政府信息公开申请情况）'],
      ['reviewLitigation', '表四（行政复议、行政诉讼情况）'],
    ];
    for (const [t, name] of tables) {
      if (report[t] === null)
        out.push({ severity: 'warning', code: 'table.missing', message: `没有找到${name}，相关数据记为未知。`, line: null });
    }
  }
  return out;
}

function fragmentDiagnostics(report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The preamble's blocks, then each section's, walked in place rather than copied into one list.
  const note = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'fragment') {
        out.push({
          severity: 'info',
          code: 'text.fragment',
          message: `第 ${b.line} 行起有 ${b.lines.length} 行表格样的文字不属于本报告的统计表格，原样保留，不作为数据读取。`,
          line: b.line,
        });
      }
    }
  };
  note(report.preamble);
  for (const s of report.sections) note(s.blocks);
  return out;
}

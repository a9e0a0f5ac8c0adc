// The front matter of a report file: an optional YAML block at the very top (a `---` line, YAML, a
// `---` line) that completes or corrects what the text says. Its lines are blanked, not removed,
// before the text is parsed, so that every line number in a diagnostic is still the file's own.
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Diagnostic } from '../parser/index.ts';
import { FRONT_MATTER_ALIASES, FRONT_MATTER_KEYS, type FrontMatterData, frontMatterSchema } from '../schema/frontMatter.ts';

export interface FrontMatter {
  /** The keys that are valid; a key with an error is left out (and its error reported). */
  data: FrontMatterData;
  /** The file line of each key as written; a key written under its alias (agency for body) is there under both names. */
  keyLines: Record<string, number>;
  /** How many lines of the file the block takes, both `---` lines included. */
  lineCount: number;
}

export interface SplitText {
  /** The text with the front matter's lines blank. */
  text: string;
  frontMatter: FrontMatter | null;
  /** Errors in the front matter, at the line of the YAML error or of the offending key. */
  diagnostics: Diagnostic[];
}

const KEY_LABELS: Record<string, string> = {
  body: '机关名称',
  year: '年度',
  region: '地区',
  publishedOn: '发布日期',
  source: '原文网址',
  notes: '说明',
  original: '原文件',
  originalSha256: '原文件 SHA-256',
};

const KNOWN_KEYS = FRONT_MATTER_KEYS.map((k) => `${k}（${KEY_LABELS[k]}）`).join('、');

/** What went wrong in the YAML, in words a report's editor can act on. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: '同一个键写了两次',
  BAD_INDENT: '缩进不对',
  TAB_AS_INDENT: '用了制表符缩进，请改用空格',
  MISSING_CHAR: '缺少配对的引号或括号',
  BLOCK_AS_IMPLICIT_KEY: '键后缺少冒号，或一行写了不止一个“键: 值”',
  MULTILINE_IMPLICIT_KEY: '键后缺少冒号，或一行写了不止一个“键: 值”',
  UNEXPECTED_TOKEN: '有不应出现的符号',
  BAD_SCALAR_START: '值不能以这个符号开头，请给值加上引号',
};

const isDelimiter = (line: string | undefined) => line !== undefined && /^---\s*$/.test(line.replace(/^\uFEFF/, ''));

export function splitFrontMatter(text: string): SplitText {
  // Lines and their line ends, alternating: the same line breaks the parser counts.
  const parts = text.split(/(\r\n|\r|\n)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  if (!isDelimiter(lines[0])) return { text, frontMatter: null, diagnostics: [] };
  const close = lines.findIndex((line, i) => i > 0 && (isDelimiter(line) || /^\.\.\.\s*$/.test(line)));
  if (close < 0) {
    const message =
      '第 1 行“---”开始了 front matter，但没有找到结束它的“---”行；front matter 须以单独一行“---”开始、以单独一行“---”结束。如果这不是 front matter，请删除第 1 行。';
    return { text, frontMatter: null, diagnostics: [{ severity: 'error', code: 'frontMatter.unclosed', message, line: 1 }] };
  }
  const blanked = parts.map((part, i) => (i % 2 === 0 && i / 2 <= close ? '' : part)).join('');
  const { data, keyLines, diagnostics } = readYaml(lines.slice(1, close).join('\n'));
  return { text: blanked, frontMatter: { data, keyLines, lineCount: close + 1 }, diagnostics };
}

/** The YAML between the `---` lines; its line 1 is the file's line 2. */
function readYaml(yaml: string): { data: FrontMatterData; keyLines: Record<string, number>; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: true });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const keyLines: Record<string, number> = {};
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((e): Diagnostic => ({
      severity: 'error',
      code: 'frontMatter.yaml',
      message: `front matter 的 YAML 写法有误：${YAML_ERRORS[e.code] ?? `无法读取（${e.code}）`}。每行写一项“键: 值”，冒号用半角“:”并在后面空一格。`,
      line: (e.linePos?.[0].line ?? 1) + 1,
    }));
    return { data: {}, keyLines, diagnostics };
  }
  if (doc.contents === null) return { data: {}, keyLines, diagnostics: [] };
  if (!isMap(doc.contents)) {
    const message = 'front matter 应为“键: 值”的形式，每行一项（冒号用半角“:”并在后面空一格）。';
    return { data: {}, keyLines, diagnostics: [{ severity: 'error', code: 'frontMatter.invalid', message, line: 2 }] };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    keyLines[key] = offset === undefined ? 2 : fileLine(offset);
  }
  const { fields, writtenAs, diagnostics } = foldAliases(doc.toJS() as Record<string, unknown>, keyLines);
  const result = frontMatterSchema.safeParse(fields);
  if (result.success) return { data: result.data, keyLines, diagnostics };

  const bad = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        diagnostics.push({
          severity: 'error',
          code: 'frontMatter.invalid',
          message: `front matter 中有不认识的键“${key}”。可用的键：${KNOWN_KEYS}。`,
          line: keyLines[key] ?? 2,
        });
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    bad.add(key);
    const written = writtenAs[key] ?? key;
    const label = KEY_LABELS[key] ? `${written}（${KEY_LABELS[key]}）` : written;
    diagnostics.push({
      severity: 'error',
      code: 'frontMatter.invalid',
      message: `front matter 中 ${label}${issue.message}。`,
      line: keyLines[key] ?? 2,
    });
  }
  const valid = Object.fromEntries(
    Object.entries(fields).filter(([k]) => !bad.has(k) && (FRONT_MATTER_KEYS as readonly string[]).includes(k)),
  );
  const partial = frontMatterSchema.safeParse(valid);
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { data: partial.success ? partial.data : {}, keyLines, diagnostics };
}

/** The value as the message quotes it. */
const quoted = (value: unknown) => (typeof value === 'string' ? `“${value.trim()}”` : JSON.stringify(value));

/**
 * The front matter with each alias read as its key (agency as body). The same value under both names
 * is fine; different values are an error at the later of the two lines, and neither is used.
 */
function foldAliases(
  raw: Record<string, unknown>,
  keyLines: Record<string, number>,
): { fields: Record<string, unknown>; writtenAs: Record<string, string>; diagnostics: Diagnostic[] } {
  const fields = { ...raw };
  const writtenAs: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [alias, key] of Object.entries(FRONT_MATTER_ALIASES)) {
    if (!Object.hasOwn(fields, alias)) continue;
    const value = fields[alias];
    delete fields[alias];
    if (!Object.hasOwn(fields, key)) {
      fields[key] = value;
      writtenAs[key] = alias;
      keyLines[key] = keyLines[alias] ?? 2;
      continue;
    }
    if (quoted(fields[key]) === quoted(value)) continue;
    diagnostics.push({
      severity: 'error',
      code: 'frontMatter.invalid',
      message: `front matter 中 ${key} 和 ${alias} 都是${KEY_LABELS[key]}，却写了不同的值：${quoted(fields[key])}和${quoted(value)}。请只保留其中一个。`,
      line: Math.max(keyLines[key] ?? 2, keyLines[alias] ?? 2),
    });
    delete fields[key];
  }
  return { fields, writtenAs, diagnostics };
}

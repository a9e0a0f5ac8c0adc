// `npm run import -- <file…> [--force]`: a web page, Word file or PDF converted to the report's text,
// written beside it as a .txt whose front matter names the original and its SHA-256 — for an agency
// that prefers to review and commit text. An existing .txt is never overwritten without --force.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { stringify } from 'yaml';
import { parseWithMetadata } from '../files/originalFile.ts';
import { sha256 } from '../files/reportFile.ts';
import { ConversionCache, DEFAULT_CACHE_DIR } from '../import/conversionCache.ts';
import { convertOriginal } from '../import/convertOriginal.ts';
import type { FrontMatterData } from '../schema/frontMatter.ts';
import type { CommandIo } from './parseCommand.ts';

export const IMPORT_USAGE = `用法：npm run import -- <原文件…> [--force]
把网页（.html/.htm）、Word 文件（.docx）或 PDF 转换为纯文本，写在原文件旁边（同名 .txt），
文件头（front matter）写明原文件名和它的 SHA-256。转换后的文本请对照原文核对，再与原文件一起提交。
选项：
  --force   覆盖已有的同名 .txt 文件（默认不覆盖）
退出码：0 表示全部写好；1 表示有文件无法转换或没有写（原因见各行）；2 表示用法有误。`;

/** What the front matter says of a converted file: the original, and what its metadata supplied. */
function frontMatterOf(path: string, bytes: Uint8Array, text: string, metadata: Parameters<typeof parseWithMetadata>[2]): FrontMatterData {
  const { filled } = parseWithMetadata(text, path, metadata, '原文件', false);
  const notes = [`由 ${basename(path)} 转换为纯文本（npm run import），请对照原文核对。`];
  if (filled.title !== undefined) notes.push(`正文中没有标题，原文件的元数据所载标题为“${filled.title}”。`);
  return {
    original: basename(path),
    originalSha256: sha256(bytes),
    ...(filled.body !== undefined ? { body: filled.body } : {}),
    ...(filled.published !== undefined ? { publishedOn: filled.published } : {}),
    ...(filled.source !== undefined ? { source: filled.source } : {}),
    notes: notes.join(''),
  };
}

export async function runImportCommand(args: string[], io: CommandIo, cacheDir: string | null = DEFAULT_CACHE_DIR): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--force');
  const paths = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || paths.length === 0) {
    io.err(`${unknown.length > 0 ? `不认识的选项：${unknown.join(' ')}` : '没有给出要转换的文件。'}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const force = args.includes('--force');
  const cache = cacheDir === null ? null : new ConversionCache(cacheDir);
  let failed = 0;
  const fail = (path: string, code: string, message: string) => {
    io.err(`${path}: 错误 [${code}] ${message}\n`);
    failed++;
  };
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      fail(path, 'file.unreadable', `无法读取：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : String(error)}。`);
      continue;
    }
    const original = await convertOriginal(bytes, path, cache);
    if (!original.ok) {
      fail(path, original.code, original.message);
      continue;
    }
    if (original.format === 'text') {
      fail(path, 'import.isText', '这已经是纯文本文件，不需要转换：请直接提交它。');
      continue;
    }
    const target = `${path.slice(0, path.length - extname(path).length)}.txt`;
    if (existsSync(target) && !force) {
      fail(path, 'import.exists', `${target} 已经存在，没有覆盖。如要用新的转换结果替换它，请加 --force。`);
      continue;
    }
    const frontMatter = frontMatterOf(path, bytes, original.text, original.metadata);
    writeFileSync(target, `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${original.text}`);
    io.out(`已写入 ${target}（由 ${basename(path)} 转换，${original.text.split('\n').length - 1} 行）。请对照原文核对后提交。\n`);
  }
  return failed > 0 ? 1 : 0;
}

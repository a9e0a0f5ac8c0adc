// What kind of file a report original is, from its name and its first bytes: a binary file named
// .txt must not be decoded as text, and a format nianbao cannot read gets one clear error naming
// the format to use instead.
import { extname } from 'node:path';

export type OriginalFormat = 'text' | 'html' | 'docx' | 'pdf';

export type FileType = { ok: true; format: OriginalFormat } | { ok: false; code: string; message: string };

/** The extensions of the originals nianbao reads; a report's id is its path without one of these. */
export const REPORT_EXTENSIONS: Readonly<Record<string, OriginalFormat>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

const USE_INSTEAD = '请改交 PDF（有文字层）、Word .docx、网页 .html 或纯文本 .txt 文件。';
const SAVE_AS_DOCX = '请在 Word 或 WPS 中“另存为”.docx 后提交，也可改交有文字层的 PDF 或纯文本 .txt 文件。';

/** Formats agencies have that nianbao does not read, by extension: what they are, and what to do. */
export const UNSUPPORTED_EXTENSIONS: Readonly<Record<string, string>> = {
  '.doc': `这是旧版 Word（.doc）文件，无法读取。${SAVE_AS_DOCX}`,
  '.wps': `这是 WPS 文字（.wps）文件，无法读取。${SAVE_AS_DOCX}`,
  '.rtf': `这是 RTF 文件，无法读取。${SAVE_AS_DOCX}`,
  '.odt': `这是 OpenDocument 文本（.odt）文件，无法读取。${SAVE_AS_DOCX}`,
  '.xls': `这是 Excel 表格（.xls）文件，无法读取：报告须是全文，不只是表格。${USE_INSTEAD}`,
  '.xlsx': `这是 Excel 表格（.xlsx）文件，无法读取：报告须是全文，不只是表格。${USE_INSTEAD}`,
  '.et': `这是 WPS 表格（.et）文件，无法读取：报告须是全文，不只是表格。${USE_INSTEAD}`,
  '.ppt': `这是演示文稿文件，无法读取。${USE_INSTEAD}`,
  '.pptx': `这是演示文稿文件，无法读取。${USE_INSTEAD}`,
  '.ofd': `这是 OFD 版式文件，无法读取。请导出为有文字层的 PDF 后提交，也可改交 Word .docx 或纯文本 .txt 文件。`,
  '.jpg': `这是图片，无法读取其中的文字。${USE_INSTEAD}`,
  '.jpeg': `这是图片，无法读取其中的文字。${USE_INSTEAD}`,
  '.png': `这是图片，无法读取其中的文字。${USE_INSTEAD}`,
  '.gif': `这是图片，无法读取其中的文字。${USE_INSTEAD}`,
  '.bmp': `这是图片，无法读取其中的文字。${USE_INSTEAD}`,
  '.tif': `这是图片，无法读取其中的文字。${USE_INSTEAD}`,
  '.tiff': `这是图片，无法读取其中的文字。${USE_INSTEAD}`,
  '.webp': `这是图片，无法读取其中的文字。${USE_INSTEAD}`,
  '.zip': `这是压缩包，无法读取。请解压后只提交其中的报告文件（PDF、.docx、.html 或 .txt）。`,
  '.rar': `这是压缩包，无法读取。请解压后只提交其中的报告文件（PDF、.docx、.html 或 .txt）。`,
  '.7z': `这是压缩包，无法读取。请解压后只提交其中的报告文件（PDF、.docx、.html 或 .txt）。`,
};

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], ascii('GIF8'), [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]];
const RTF = ascii('{\\rtf');

/** Whether a zip archive holds an entry whose name starts so (names are stored uncompressed). */
function zipHas(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');
}

/** UTF-16 text has a NUL in every other byte; it opens with a byte order mark. */
const isUtf16 = (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/**
 * Binary rather than text: a NUL byte, or more than 1 in 100 of the first 8 KiB control characters
 * other than tab, line ends, form feed and escape. Text in any encoding offices use has neither.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (isUtf16(bytes)) return false;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls * 100 > head.length;
}

/** An HTML page saved under another name: its first visible characters are a doctype or <html>. */
function looksHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

const damaged = (what: string, todo: string): FileType => ({ ok: false, code: 'import.damaged', message: `${what}${todo}` });

export function fileTypeOf(path: string, bytes: Uint8Array): FileType {
  const ext = extname(path).toLowerCase();
  const named = REPORT_EXTENSIONS[ext];
  if (UNSUPPORTED_EXTENSIONS[ext] !== undefined) return { ok: false, code: 'import.unsupported', message: UNSUPPORTED_EXTENSIONS[ext] };
  // An empty text file is the parser's to report (input.empty); an empty original has nothing to convert.
  if (bytes.length === 0) return named === undefined || named === 'text' ? { ok: true, format: 'text' } : emptyOriginal;

  if (startsWith(bytes, PDF)) return { ok: true, format: 'pdf' };
  if (startsWith(bytes, ZIP)) {
    if (zipHas(bytes, 'word/document.xml')) return { ok: true, format: 'docx' };
    if (zipHas(bytes, 'xl/')) return unsupported('.xlsx');
    if (zipHas(bytes, 'ppt/')) return unsupported('.pptx');
    if (zipHas(bytes, 'Doc_0/') || zipHas(bytes, 'OFD.xml')) return unsupported('.ofd');
    if (named === 'docx')
      return damaged(
        '这个 .docx 文件已损坏（找不到 Word 文档的正文）。',
        '请在 Word 或 WPS 中重新“另存为”.docx，或改交 PDF 或 .txt 文件。',
      );
    return unsupported('.zip');
  }
  if (startsWith(bytes, OLE)) return unsupported(ext === '.xls' || ext === '.et' ? ext : ext === '.wps' ? '.wps' : '.doc');
  if (IMAGES.some((magic) => startsWith(bytes, magic)) || (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)))
    return unsupported('.png');
  if (startsWith(bytes, RTF)) return unsupported('.rtf');

  if (named === 'pdf')
    return damaged('文件名是 .pdf，内容却不是 PDF（文件已损坏或只是改了扩展名）。', '请重新导出 PDF，或改交 .docx 或 .txt 文件。');
  if (named === 'docx')
    return damaged(
      '文件名是 .docx，内容却不是 Word 文档（文件已损坏或只是改了扩展名）。',
      '请在 Word 或 WPS 中重新“另存为”.docx，或改交 PDF 或 .txt 文件。',
    );
  if (looksBinary(bytes)) {
    const what = named === 'html' ? '文件名是网页（.html），内容却不是文字' : '这不是文本文件，内容是二进制数据';
    return { ok: false, code: 'import.binary', message: `${what}，无法读取。${USE_INSTEAD}` };
  }
  if (named === 'html' || looksHtml(bytes)) return { ok: true, format: 'html' };
  return { ok: true, format: 'text' };
}

const unsupported = (ext: string): FileType => ({ ok: false, code: 'import.unsupported', message: UNSUPPORTED_EXTENSIONS[ext] as string });

const emptyOriginal: FileType = {
  ok: false,
  code: 'import.empty',
  message: '文件是空的（0 字节），没有可读取的内容。请重新保存或导出报告全文后再提交。',
};

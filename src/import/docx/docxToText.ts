// A Word .docx → the report's text, through mammoth (docx → HTML) and then the same path as a web
// page: headings and paragraphs one per line, tables as tab-separated rows with merged cells resolved.
import mammoth from 'mammoth';
import type { Conversion } from '../conversion.ts';
import { htmlToText } from '../html/htmlToText.ts';

const DAMAGED = '这个 .docx 文件已损坏，无法打开。请在 Word 或 WPS 中重新“另存为”.docx，或改交 PDF 或 .txt 文件。';
const NO_TEXT = '这个 Word 文件中没有文字（可能只有图片）。请提供含文字的 .docx，或改交有文字层的 PDF 或 .txt 文件。';

export async function docxToText(bytes: Uint8Array): Promise<Conversion> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
  } catch {
    return { ok: false, code: 'import.damaged', message: DAMAGED };
  }
  const converted = htmlToText(`<!doctype html><html><body>${html}</body></html>`, NO_TEXT);
  // A document's own HTML has no page metadata; what a web page's <head> would say is not there.
  return converted.ok ? { ok: true, text: converted.text, metadata: {} } : converted;
}

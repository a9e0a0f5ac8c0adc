// The seam between the dispatcher and the PDF converter (src/import/pdf/, its own branch). Until the
// two are merged, a PDF is reported as not yet readable; then this file calls pdfToText instead.
import type { Conversion } from './conversion.ts';

export async function convertPdf(bytes: Uint8Array): Promise<Conversion> {
  void bytes;
  return {
    ok: false,
    code: 'import.unsupported',
    message: '这个版本还不能读取 PDF。请改交 Word .docx、网页 .html 或纯文本 .txt 文件。',
  };
}

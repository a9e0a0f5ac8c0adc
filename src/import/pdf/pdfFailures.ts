// The ways a PDF cannot be read, each as one diagnostic code and one Chinese sentence saying what to do.
import type { Conversion } from '../conversion.ts';

export type PdfFailure = Extract<Conversion, { ok: false }>;

const failure = (code: string, message: string): PdfFailure => ({ ok: false, code, message });

export const pdfFailures = {
  empty: failure('import.pdfDamaged', '这个 PDF 文件是空的（0 字节），无法读取。请重新下载或导出原文件后再试。'),
  notPdf: failure('import.pdfDamaged', '这个文件不是 PDF（文件开头没有 PDF 标记），无法按 PDF 读取。请确认文件类型，或另附 .txt 文本。'),
  truncated: failure('import.pdfDamaged', '这个 PDF 文件不完整（结尾缺失，可能下载中断），无法可靠读取。请重新下载完整的原文件后再试。'),
  damaged: failure('import.pdfDamaged', '这个 PDF 文件已损坏，无法读取其中的文字。请重新下载或导出原文件，或另附 .txt 文本。'),
  tooSlow: failure(
    'import.pdfDamaged',
    '读取这个 PDF 超过了时间限制（文件可能已损坏或结构异常），已放弃。请重新导出 PDF，或另附 .txt 文本。',
  ),
  encrypted: failure('import.pdfEncrypted', '这个 PDF 设置了打开密码，无法读取。请提供未加密的 PDF，或另附 .txt 文本。'),
  scanned: failure('import.pdfScanned', '这个 PDF 没有文字层（可能是扫描件），无法读取文字。请提供可复制文字的 PDF，或另附 .txt 文本。'),
} as const;

/** Some pages are images with no text on them, as scanned pages are: reading the rest would lose them silently. */
export const scannedPages = (pages: number[]): PdfFailure =>
  failure(
    'import.pdfScanned',
    `这个 PDF 的第 ${pages.join('、')} 页是图片（可能是扫描件），没有文字层，无法读取其中的文字。请提供可复制文字的 PDF，或另附 .txt 文本。`,
  );

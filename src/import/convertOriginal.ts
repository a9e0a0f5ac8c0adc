// One dispatcher for every report original: its type from its name and first bytes, then the
// converter for that type (cached by the file's SHA-256). Plain text is left to the parser's own
// decoding; everything else becomes text here, or one clear error.
import { createHash } from 'node:crypto';
import type { Conversion, OriginalMetadata } from './conversion.ts';
import type { ConversionCache } from './conversionCache.ts';
import { docxToText } from './docx/docxToText.ts';
import { type OriginalFormat, fileTypeOf } from './fileType.ts';
import { decodeHtml } from './html/decodeHtml.ts';
import { htmlToText } from './html/htmlToText.ts';
import { pdfToText } from './pdf/pdfToText.ts';

export type ConvertedFormat = Exclude<OriginalFormat, 'text'>;

export type Original =
  | { ok: true; format: 'text' }
  | { ok: true; format: ConvertedFormat; text: string; metadata: OriginalMetadata }
  /** `format` when the file is a page, Word file or PDF that could not be converted. */
  | { ok: false; code: string; message: string; format?: ConvertedFormat };

async function convert(format: ConvertedFormat, bytes: Uint8Array): Promise<Conversion> {
  try {
    if (format === 'html') return htmlToText(decodeHtml(bytes).text);
    if (format === 'docx') return await docxToText(bytes);
    return await pdfToText(bytes);
  } catch {
    // Converters return their errors; this is only for one that broke that promise.
    return { ok: false, code: 'import.damaged', message: '文件已损坏或结构异常，无法读取。请重新导出报告文件，或改交 .txt 文件。' };
  }
}

/** Never throws. `cache` null converts every time. */
export async function convertOriginal(bytes: Uint8Array, path: string, cache: ConversionCache | null): Promise<Original> {
  const type = fileTypeOf(path, bytes);
  if (!type.ok) return type;
  const format = type.format;
  if (format === 'text') return { ok: true, format };
  const key = `${createHash('sha256').update(bytes).digest('hex')}.${format}`;
  let conversion = cache?.get(key);
  if (conversion === undefined) {
    conversion = await convert(format, bytes);
    cache?.set(key, conversion);
  }
  return conversion.ok ? { ok: true, format, text: conversion.text, metadata: conversion.metadata } : { ...conversion, format };
}

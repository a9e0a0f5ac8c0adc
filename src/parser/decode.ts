// Report files arrive as UTF-8 (with or without a BOM), or GB18030/GBK from older Windows tools.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

// The byte order marks a file can open with (in bytes, not characters).
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function opensWith(bytes: Uint8Array, bom: number[]): boolean {
  return bom.every((byte, i) => bytes[i] === byte);
}

/** Decodes the bytes of a report file; never throws. */
export function decodeReport(bytes: Uint8Array): DecodedText {
  if (opensWith(bytes, UTF8_BOM)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(UTF8_BOM.length)), encoding: 'utf-8' };
  }
  if (opensWith(bytes, UTF16LE_BOM)) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(UTF16LE_BOM.length)), encoding: 'utf-16le' };
  }
  if (opensWith(bytes, UTF16BE_BOM)) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(UTF16BE_BOM.length)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the only other encoding Chinese government offices use for plain text.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

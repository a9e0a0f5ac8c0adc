// An HTML page's bytes → its text: the charset its byte order mark or <meta> declares, else UTF-8,
// else GB18030 (the older Chinese government sites' GB2312/GBK pages).

const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936)$/i;

export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared !== undefined && GB.test(declared)) return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

// The text two reports are compared on: compatibility forms made plain (NFKC: full-width letters
// and digits half-width, ① → 1), white space, punctuation and symbols removed, so that layout and
// typing habits do not count. Character by character, with a fast path for what reports are made of
// (CJK ideographs, ASCII, full-width forms); anything else goes through NFKC and the same filter.

const DROPPED = /[\s\p{P}\p{S}]+/gu;

/** The slow path, exactly what the fast path shortcuts: one character (or surrogate pair) of text. */
function normaliseChar(ch: string): string {
  return ch.normalize('NFKC').replace(DROPPED, '');
}

/** 1 keep as is, 0 drop, 2 full-width ASCII letter or digit (shift to half-width), 3 ask normaliseChar. */
function classOf(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return 1;
  if (c < 0x80) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 1;
    return (c >= 0x20 && c <= 0x7e) || (c >= 0x09 && c <= 0x0d) ? 0 : 3;
  }
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return 2;
  // Ideographic space and CJK punctuation (〇 and 々 are letters: the slow path keeps them).
  if (c === 0x3000 || (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011)) return 0;
  // Curly quotes, dashes, ellipsis and full-width punctuation.
  if (
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0xff01 ||
    c === 0xff08 ||
    c === 0xff09 ||
    c === 0xff0c ||
    c === 0xff1a ||
    c === 0xff1b ||
    c === 0xff1f
  )
    return 0;
  return 3;
}

export function normaliseText(text: string): string {
  let out = '';
  let run = 0; // start of the current run of characters kept as they are
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === 1) continue;
    out += text.slice(run, i);
    if (k === 2) out += String.fromCharCode(c - 0xfee0);
    else if (k === 3) {
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
      out += normaliseChar(text.slice(i, i + pair));
      i += pair - 1;
    }
    run = i + 1;
  }
  return out + text.slice(run);
}

// Page chrome and page markers: kept out of the body text and out of tables.
import type { SourceText } from './sourceText.ts';

export interface Span {
  start: number;
  end: number;
}

const PAGE_MARKER_LINE = [
  /^\s*[-—–－~]{1,3}\s*\d{1,4}\s*[-—–－~]{1,3}\s*$/, // - 2 -  — 3 —
  /^\s*第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/, // 2/7
];

// A number alone on a line is a page number unless its neighbours are numbers too (a table
// extracted one cell per line).
const LONE_NUMBER = /^\s*\d{1,3}\s*$/;

const CHROME_START = /^\s*(?:当前位置|来源|信息来源|发布日期)\s*[：:]/;

const CHROME_LINE = [
  /^\s*当前位置\s*[：:]/,
  /^\s*(附件下载|打印本页|关闭窗口|【?打印】?|【?关闭】?|正文|字体[：:].*|分享到[：:]?.*)\s*$/,
  /^\s*发布日期\s*[：:]\s*[\d\-年月日 ]+\s*$/,
  /^\s*(来源|信息来源)\s*[：:].*(时间|日期)\s*[：:]/,
];

// Chrome inside running text (web pages saved as one line).
const CHROME_INLINE = [
  /当前位置\s*[：:]\s*\S+/g,
  /(?:来源|信息来源)\s*[：:]\s*\S+\s+(?:发布)?时间\s*[：:]\s*[\d\-: ]+(?:\s*(?:微信|微博|QQ空间|全真版|文字版|文件下载|打印|关闭|相关链接\s*[：:]|-->))*/g,
  /附件下载\s*$/g,
];

export function isPageMarker(line: string): boolean {
  return PAGE_MARKER_LINE.some((re) => re.test(line));
}

/** Spans of the flat text that are not part of the report: page markers and web-page chrome. */
export function findNoise(src: SourceText): Span[] {
  const spans: Span[] = [];
  const neighbour = (i: number, step: number): string => {
    for (let j = i + step; j >= 0 && j < src.lines.length; j += step) {
      const l = src.lines[j] ?? '';
      if (l.trim() !== '') return l;
    }
    return '';
  };
  src.lines.forEach((line, i) => {
    // Markers and chrome are short lines or, in one-line pages, phrases inside a long line.
    if (line.length > 60 && line.length <= 200 && !CHROME_START.test(line)) return;
    if (line.trim() === '') return;
    const lonePageNumber =
      LONE_NUMBER.test(line) && !/^[\s\d]+$/.test(neighbour(i, -1)) && !/^[\s\d]+$/.test(neighbour(i, 1));
    if (lonePageNumber || isPageMarker(line) || (line.length <= 200 && CHROME_LINE.some((re) => re.test(line)))) {
      spans.push({ start: src.lineStart(i + 1), end: src.lineEnd(i + 1) });
      return;
    }
    if (line.length > 200) {
      const base = src.lineStart(i + 1);
      for (const re of CHROME_INLINE) {
        re.lastIndex = 0;
        for (let m = re.exec(line); m !== null; m = re.exec(line)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          spans.push({ start: base + m.index, end: base + m.index + m[0].length });
        }
      }
    }
  });
  return spans.sort((a, b) => a.start - b.start);
}

/** The text of [start, end) with noise spans blanked to spaces (offsets are kept). */
export function withoutNoise(flat: string, noise: Span[], start = 0, end = flat.length): string {
  let out = '';
  let pos = start;
  for (const span of noise) {
    if (span.end <= pos || span.start >= end) continue;
    const s = Math.max(span.start, pos);
    out += flat.slice(pos, s);
    const e = Math.min(span.end, end);
    out += flat.slice(s, e).replace(/[^\n]/g, ' ');
    pos = e;
  }
  return out + flat.slice(pos, end);
}

// A Simplified Chinese font from the system (fontconfig's `fc-list :lang=zh`): its file and, for a
// font collection (.ttc), the name of the face inside it. Regular sans faces are preferred.
import { execFileSync } from 'node:child_process';

export interface CjkFont {
  file: string;
  face: string;
}

export function systemCjkFont(): CjkFont {
  let listing = '';
  try {
    listing = execFileSync('fc-list', [':lang=zh', '-f', '%{file}|%{postscriptname}\n'], { encoding: 'utf8' });
  } catch {
    // No fontconfig: the error below says what to install.
  }
  const fonts = listing
    .split('\n')
    .map((line) => line.split('|'))
    .filter((f): f is [string, string] => f.length === 2 && /\.(ttf|otf|ttc)$/i.test(f[0] ?? ''))
    .map(([file, face]) => ({ file, face }));
  const rank = (f: CjkFont) => (/sc-Regular$/.test(f.face) ? 0 : /Regular/.test(f.face) ? 1 : 2) + (/Mono|Serif/.test(f.face) ? 3 : 0);
  const best = fonts.sort((a, b) => rank(a) - rank(b))[0];
  if (!best) throw new Error('未找到中文字体（fc-list :lang=zh 为空）：请安装 fonts-noto-cjk');
  return best;
}

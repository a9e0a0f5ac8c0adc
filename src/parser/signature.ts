// The body that signs the report: the short line right above the signature date.
import type { SourceText } from './sourceText.ts';

const BODY = /(人民政府|办公室|办公厅|委员会|管委会|管理委员会|局|厅|委|署|院|中心|政府)$/;

export function signatureBody(src: SourceText, clean: string, dateLine: number | null): string | null {
  if (dateLine === null) return null;
  for (let line = dateLine - 1; line >= Math.max(1, dateLine - 3); line--) {
    const text = clean.slice(src.lineStart(line), src.lineEnd(line)).trim();
    if (text === '') continue;
    return text.length <= 30 && BODY.test(text) ? text : null;
  }
  return null;
}

// A file size as people read it: 12,345 字节（12.1 KB）.
import { numberText } from '../displayText.ts';

export function byteSize(bytes: number): string {
  const exact = `${numberText(bytes)} 字节`;
  if (bytes < 1024) return exact;
  const kb = bytes / 1024;
  const rounded = kb < 1024 ? `${kb.toFixed(1)} KB` : `${(kb / 1024).toFixed(1)} MB`;
  return `${exact}（${rounded}）`;
}

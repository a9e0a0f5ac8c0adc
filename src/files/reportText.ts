// The text of a report file as the portal offers it: a .txt's own bytes, or the text its web page,
// Word file or PDF was converted to (taken from the conversion cache when the loader made it).
import { readFileSync } from 'node:fs';
import { ConversionCache, DEFAULT_CACHE_DIR } from '../import/conversionCache.ts';
import { convertOriginal } from '../import/convertOriginal.ts';

export async function reportTextOf(path: string, cacheDir: string = DEFAULT_CACHE_DIR) {
  const bytes = readFileSync(path);
  const original = await convertOriginal(bytes, path, new ConversionCache(cacheDir));
  if (original.ok && original.format !== 'text') return original.text;
  // A page, Word file or PDF that could not be converted has no text (its page says why).
  if (!original.ok && original.format !== undefined) return '';
  // Plain text, or a file of no format nianbao reads: served as it is.
  return bytes;
}

// One report edited for the rebuild measurement (a sentence added at its end), and put back. The
// sentence carries a mark of the run, so that a later rebuild does not find this very edit stored.
import { readFileSync, writeFileSync } from 'node:fs';

export const EDIT = '本报告发布后更正了一处文字错误。';

export function editReport(file: string, mark: string): () => void {
  const original = readFileSync(file);
  writeFileSync(file, Buffer.concat([original, Buffer.from(`\n${EDIT}（${mark}）\n`, 'utf8')]));
  return () => writeFileSync(file, original);
}

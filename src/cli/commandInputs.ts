// What the commands that read a whole portal (check, agencies) open first: the reports folder and
// the registry of bodies, each with one clear error when it cannot be read.
import { statSync } from 'node:fs';
import { readRegistry } from '../files/readRegistry.ts';
import type { Body } from '../schema/body.ts';

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The registry's bodies, once the reports folder is known to exist; null after writing the error. */
export function openPortal(reports: string, bodiesFile: string, err: (text: string) => void): Body[] | null {
  if (!isFolder(reports)) {
    err(`报告文件夹 ${reports} 不存在。\n`);
    return null;
  }
  const registry = readRegistry(bodiesFile);
  if (!registry.ok) {
    err(`${registry.message}\n`);
    return null;
  }
  return registry.bodies;
}

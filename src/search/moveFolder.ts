// Moves a folder, across file systems too (rename fails with EXDEV between /tmp and the project).
import { cpSync, renameSync, rmSync } from 'node:fs';

export function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

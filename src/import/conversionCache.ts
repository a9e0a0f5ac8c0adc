// Converted text kept on disk by the original's SHA-256 and the converters' own fingerprint, so that
// an unchanged original is not converted again (a PDF takes far longer to convert than to parse).
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Conversion } from './conversion.ts';

/** Where the content loader and the commands keep converted text, below the project root. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/nianbao/converted';

let fingerprint: string | undefined;

/** The converters' libraries: a new version of one may convert differently. */
const LIBRARIES = ['rehype-parse', 'mammoth', 'pdfjs-dist'];

/** The .ts files of the converters' folder, or none when this module was bundled away from it. */
function sourcesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * A digest of the converters' code and libraries: a changed converter converts every original again.
 * Bundled into a build's chunk, this module finds its sources below the working folder (the project);
 * found nowhere, the digest is new in every process, so that no stale conversion is ever reused.
 */
export function converterFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  let dir = fileURLToPath(new URL('.', import.meta.url));
  let files = sourcesIn(dir);
  if (!files.includes('conversionCache.ts')) {
    dir = join(process.cwd(), 'src/import');
    files = sourcesIn(dir);
  }
  if (!files.includes('conversionCache.ts')) hash.update(`${process.pid}.${Date.now()}.${Math.random()}`);
  for (const f of files) hash.update(`${f}\n${readFileSync(join(dir, f), 'utf8')}\n`);
  for (const library of LIBRARIES) {
    try {
      hash.update(
        `${library}@${(JSON.parse(readFileSync(join(process.cwd(), 'node_modules', library, 'package.json'), 'utf8')) as { version: string }).version}\n`,
      );
    } catch {
      // Not installed (pdfjs-dist before the PDF converter is merged).
    }
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}

export class ConversionCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private file(sha256: string): string {
    return join(this.dir, `${sha256}.${converterFingerprint()}.json`);
  }

  get(sha256: string): Conversion | undefined {
    try {
      return JSON.parse(readFileSync(this.file(sha256), 'utf8')) as Conversion;
    } catch {
      return undefined;
    }
  }

  /** Written whole or not at all: a build stopped halfway leaves no half-written entry. */
  set(sha256: string, conversion: Conversion): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const file = this.file(sha256);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(conversion));
      renameSync(partial, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
}

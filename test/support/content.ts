// What the bundled content should put on the site, worked out independently of the page code: the
// report files on disk, read through the public `parse` command, matched to the registry of bodies.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO } from './buildSite.ts';

export interface BundledReport {
  /** `ningxia/wuzhong/litong-2022` — the page is `reports/<id>/`. */
  id: string;
  /** The body as the report names itself (the parse output's `agency`). */
  body: string | null;
  year: number | null;
}

const REPORTS_DIR = 'content/reports';

function normaliseName(name: string): string {
  return name.replace(/[\s\u3000]/g, '').replace(/[（(].*?[)）]/g, '');
}

export function bundledReports(): BundledReport[] {
  const files = readdirSync(join(REPO, REPORTS_DIR), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.split('\\').join('/'))
    .sort();
  if (files.length === 0) return [];
  const r = spawnSync(process.execPath, ['scripts/parse.ts', ...files.map((f) => `${REPORTS_DIR}/${f}`)], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`parse command failed: ${r.stderr}`);
  const parsed = JSON.parse(r.stdout) as { agency: string | null; year: number | null }[] | { agency: string | null; year: number | null };
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return files.map((f, i) => ({ id: f.replace(/\.txt$/, ''), body: list[i]?.agency ?? null, year: list[i]?.year ?? null }));
}

/** How many bodies the reports belong to: registry entries matched by name or alias, else by name. */
export function bodyCount(reports: BundledReport[]): number {
  const registry = parseYaml(readFileSync(join(REPO, 'content/agencies.yaml'), 'utf8')) as {
    slug: string;
    name: string;
    aliases?: string[];
  }[];
  const byName = new Map<string, string>();
  for (const a of registry) for (const n of [a.name, ...(a.aliases ?? [])]) byName.set(normaliseName(n), a.slug);
  const bodies = new Set(
    reports.map((r) => (r.body ? (byName.get(normaliseName(r.body)) ?? `unregistered:${normaliseName(r.body)}`) : `unnamed:${r.id}`)),
  );
  return bodies.size;
}

export function yearCount(reports: BundledReport[]): number {
  return new Set(reports.map((r) => r.year).filter((y) => y !== null)).size;
}

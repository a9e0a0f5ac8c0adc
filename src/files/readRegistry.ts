// Reads the registry of bodies (content/agencies.yaml) outside Astro, for the check command.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { type Body, bodyRegistrySchema } from '../schema/body.ts';

export type RegistryResult = { ok: true; bodies: Body[] } | { ok: false; message: string };

export function readRegistry(path: string): RegistryResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, message: `无法读取机关名录 ${path}（${(error as NodeJS.ErrnoException).code ?? String(error)}）。` };
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { ok: false, message: `机关名录 ${path} 的 YAML 写法有误：${(error as Error).message.split('\n')[0]}` };
  }
  const result = bodyRegistrySchema.safeParse(raw ?? []);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      message: `机关名录 ${path} 有误：第 ${Number(issue?.path[0] ?? 0) + 1} 个机关的 ${issue?.path.slice(1).join('.') || '条目'}：${issue?.message}`,
    };
  }
  return { ok: true, bodies: result.data };
}

// Reading `npm audit --json`: either the registry's audit endpoint answered (then the packages with
// a high or critical advisory), or it could not be reached (offline, a proxy, a registry mirror
// without the audit API) — which must be said, never taken as a clean audit.
import { spawnSync } from 'node:child_process';
import { REPO } from './buildSite.ts';

export type AuditOutcome =
  { kind: 'audited'; highOrCritical: string[]; counts: Record<string, number> } | { kind: 'unreachable'; why: string };

interface AuditJson {
  error?: { summary?: string; detail?: string; code?: string };
  message?: string;
  statusCode?: number;
  code?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { name: string; severity: string; via: unknown[]; fixAvailable: unknown }>;
}

export function readAudit(stdout: string): AuditOutcome {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: 'unreachable', why: `npm audit printed no JSON: ${stdout.slice(0, 200) || '(nothing)'}` };
  }
  if (!json.metadata?.vulnerabilities) {
    const why = [json.message, json.statusCode && `HTTP ${json.statusCode}`, json.code, json.error?.code, json.error?.summary]
      .filter(Boolean)
      .join('; ');
    return { kind: 'unreachable', why: why || 'npm audit returned no vulnerability counts' };
  }
  const highOrCritical = Object.values(json.vulnerabilities ?? {})
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => `${v.name} (${v.severity}${v.fixAvailable ? ', fix available' : ', no fix yet'})`)
    .sort();
  return { kind: 'audited', highOrCritical, counts: json.metadata.vulnerabilities };
}

/** Runs `npm audit --json` for the project's lockfile (bounded: 2 minutes). */
export function runNpmAudit(): AuditOutcome {
  // The npm that runs the tests (npm test), else the one on PATH.
  const npmCli = process.env.npm_execpath;
  const [cmd, args] = npmCli && /\.(c?js)$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
  const r = spawnSync(cmd, [...args, 'audit', '--json'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, npm_config_audit: 'true' },
  });
  if (r.error) return { kind: 'unreachable', why: `npm audit did not run: ${r.error.message}` };
  return readAudit(r.stdout);
}

// Dependencies: `npm audit` knows no high or critical vulnerability in the locked dependencies. When
// the registry's audit endpoint cannot be reached the test is skipped with the reason, loudly — it
// never passes without an audit.
import { describe, expect, it } from 'vitest';
import { readAudit, runNpmAudit } from '../support/npmAudit.ts';

describe('the dependencies', () => {
  it('have no known high or critical vulnerability (npm audit)', (ctx) => {
    const outcome = runNpmAudit();
    if (outcome.kind === 'unreachable') {
      const note = `NOT AUDITED: the npm registry's audit endpoint could not be reached (${outcome.why})`;
      process.stderr.write(`\n[npm audit] ${note}\n\n`);
      ctx.skip(note);
      return;
    }
    process.stderr.write(`[npm audit] ${JSON.stringify(outcome.counts)}\n`);
    expect(outcome.highOrCritical).toEqual([]);
  }, 150_000);

  it('reads an audit that found a critical advisory as a failure, and a refused request as no audit', () => {
    const found = readAudit(
      JSON.stringify({
        vulnerabilities: {
          lodash: { name: 'lodash', severity: 'critical', via: [], fixAvailable: true },
          ms: { name: 'ms', severity: 'moderate', via: [], fixAvailable: false },
        },
        metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 1, total: 2 } },
      }),
    );
    expect(found).toEqual({
      kind: 'audited',
      highOrCritical: ['lodash (critical, fix available)'],
      counts: { info: 0, low: 0, moderate: 1, high: 0, critical: 1, total: 2 },
    });
    const refused = readAudit(
      JSON.stringify({
        message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
        error: { summary: '', detail: '' },
      }),
    );
    expect(refused.kind).toBe('unreachable');
    expect(readAudit('').kind).toBe('unreachable');
  });
});

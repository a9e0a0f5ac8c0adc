// The data contract is written twice: as TypeScript types (src/parser/types.ts, what the parser
// returns) and as zod schemas (src/schema/report.ts, what the portal validates and publishes as JSON
// Schema). The type-level assertions below make `npm run typecheck` fail the moment the two drift
// apart; the runtime test checks a parsed report against the schema as it stands.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  parseReport,
  type Block,
  type Check,
  type Diagnostic,
  type LegacyStatisticsRow,
  type Report,
  type Section,
} from '../../src/parser/index.ts';
import { blockSchema, checkSchema, diagnosticSchema, legacyRowSchema, reportSchema, sectionSchema } from '../../src/schema/report.ts';

/** True when A and B are the same type, not merely assignable to each other. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Each line fails to compile (true is not assignable to false) when a schema and its type differ.
const sameContract: [
  Same<z.infer<typeof reportSchema>, Report>,
  Same<z.infer<typeof sectionSchema>, Section>,
  Same<z.infer<typeof blockSchema>, Block>,
  Same<z.infer<typeof checkSchema>, Check>,
  Same<z.infer<typeof diagnosticSchema>, Diagnostic>,
  Same<z.infer<typeof legacyRowSchema>, LegacyStatisticsRow>,
] = [true, true, true, true, true, true];

describe('the data contract', () => {
  it('is one: the zod schemas and the parser types agree (checked by tsc), and every parsed fixture passes the schema', () => {
    expect(sameContract).toEqual([true, true, true, true, true, true]);
    const fixtures = join(import.meta.dirname, '../fixtures/reports');
    const names = readdirSync(fixtures, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const report = parseReport(readFileSync(join(fixtures, name, 'input.txt'), 'utf8'), { path: `${name}.txt` });
      expect(reportSchema.safeParse(report).error, name).toBeUndefined();
    }
  });
});

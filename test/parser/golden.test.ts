// Golden files: each real report's expected.json was written by hand from its input.txt and is the
// specification. A difference means the parser or the hand reading is wrong — read the source again.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parser/index.ts';
import { type GoldenCheck, goldenCheck, project, sortChecks } from './goldenProjection.ts';

const root = join(import.meta.dirname, '../fixtures/reports');
const fixtures = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());

describe('golden reports', () => {
  it('cover the five seeds and the nine corpus reports', () => {
    expect(fixtures.filter((f) => f.startsWith('seed-'))).toHaveLength(5);
    expect(fixtures.filter((f) => f.startsWith('corpus-'))).toHaveLength(9);
  });

  for (const name of fixtures) {
    it(`${name} parses to its hand-checked expected.json`, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'));
      const actual = project(parseReport(input, { path: `${name}/input.txt` }));
      const { checks: expectedChecks, ...expectedRest } = expected;
      const { checks: actualChecks, ...actualRest } = actual;
      expect(actualRest).toEqual(expectedRest);
      expect(actualChecks).toEqual(sortChecks((expectedChecks as GoldenCheck[]).map(goldenCheck)));
    });
  }
});

// A body with a legacy report and a 2021 report: its trends run across both eras, each legacy point
// marked with the indicator as written, 2021 points unmarked; a legacy year has no carry-over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/parser/index.ts';
import { buildCatalog } from '../../../src/portal/catalog.ts';
import { keyFigures } from '../../../src/portal/figures.ts';
import { bodyTrends } from '../../../src/portal/trends.ts';
import { reportEntry } from '../../support/reportEntry.ts';

const reports = join(import.meta.dirname, '../../fixtures/reports');

function entryOf(fixture: string, id: string, year: number) {
  const { path: _path, ...parsed } = parseReport(readFileSync(join(reports, fixture, 'input.txt'), 'utf8'), {
    path: `${fixture}/input.txt`,
  });
  return reportEntry(id, { ...parsed, agency: '甲县人民政府', year });
}

const catalog = buildCatalog([entryOf('seed-wuzhong-2017', 'jia-2017', 2017), entryOf('seed-litong-2022', 'jia-2022', 2022)], [], '某省');
const body = catalog.bodies[0]!;
const trend = (id: string) => bodyTrends(body).find((t) => t.id === id)!.points;

describe('a body with legacy and 2021 reports', () => {
  it('is one body with both years', () => {
    expect(catalog.bodies).toHaveLength(1);
    expect(body.reports.map((r) => r.data.format)).toEqual(['legacy', '2021']);
  });

  it('has trends with values in both eras, the legacy one marked with its indicator', () => {
    expect(trend('trend-received')).toEqual([
      { label: '2017年', value: 35, note: '旧版统计表口径：(一) 收到申请数' },
      { label: '2022年', value: 11, note: null },
    ]);
    expect(trend('trend-review')).toEqual([
      { label: '2017年', value: 8, note: '旧版统计表口径：四、行政复议数量' },
      { label: '2022年', value: 0, note: null },
    ]);
    expect(trend('trend-litigation').map((p) => p.value)).toEqual([2, 0]);
    // (8 + 0) / 35 and (8 + 0) / 11, in percent to 0.1.
    expect(trend('trend-granted-share').map((p) => p.value)).toEqual([22.9, 72.7]);
    expect(trend('trend-granted-share')[0]?.note).toBe('旧版统计表口径：2. 同意公开答复数、3. 同意部分公开答复数、(三) 申请答复数');
  });

  it('shows no carry-over for the legacy year (unknown, not 0)', () => {
    const [legacy, modern] = body.reports.map((r) => keyFigures(r.data));
    expect(legacy?.carriedOver).toBeNull();
    expect(legacy?.carriedForward).toBeNull();
    expect(modern?.carriedForward).toBe(0);
  });
});

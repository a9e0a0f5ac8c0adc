// Behaviour found by fuzzing and review, pinned so it stays fixed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parser/index.ts';

const fixtures = join(import.meta.dirname, '../fixtures/reports');
const allBlocks = (r: ReturnType<typeof parseReport>) => [...r.preamble, ...r.sections.flatMap((s) => s.blocks)];

describe('parser regressions', () => {
  it('leaves a number of 16 or more digits unread instead of rounding it', () => {
    const r = parseReport(
      '某县2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 10000000000000001\n',
    );
    expect(r.proactive?.regulations?.issued).toBe(0);
    expect(r.proactive?.licensing?.decisions).toBeNull();
  });

  it('keeps a table’s own header lines out of the text: the only fragment in the fixtures is seed 002’s stray notice', () => {
    const withFragments = readdirSync(fixtures)
      .filter((d) => !d.endsWith('.md'))
      .filter((d) => allBlocks(parseReport(readFileSync(join(fixtures, d, 'input.txt'), 'utf8'))).some((b) => b.type === 'fragment'));
    expect(withFragments).toEqual(['seed-wuzhong-2017']);
  });

  it('does not leave a cut-off header note such as “（本列数据的” as a paragraph', () => {
    for (const d of ['corpus-pingtan-zonghe-2019', 'corpus-pingtan-zonghe-2022', 'corpus-hongze-2023']) {
      const r = parseReport(readFileSync(join(fixtures, d, 'input.txt'), 'utf8'));
      const texts = allBlocks(r).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
      expect(texts.filter((t) => /^[（(]本列数据的$/.test(t) || t === '元')).toEqual([]);
    }
  });

  it('removes a long breadcrumb line, not only a short one', () => {
    const crumb = '当前位置：首页 > 政务公开 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报 > 某区2021年政府信息公开工作年度报告';
    const r = parseReport(`${crumb}\n某区2021年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n`);
    expect(r.title).toBe('某区2021年政府信息公开工作年度报告');
    expect(allBlocks(r).some((b) => b.type === 'paragraph' && b.text.includes('当前位置'))).toBe(false);
  });

  it('leaves a run-together row all unknown when no split keeps its row total, and says so', () => {
    const text =
      '某县2022年政府信息公开工作年度报告 三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 一、本年新收政府信息公开申请数量 713000074二、上年结转政府信息公开申请数量1000001（七）总计 723000076四、结转下年度继续办理 0000000';
    const r = parseReport(text);
    expect(Object.values(r.applications?.processedTotal ?? {})).toEqual([null, null, null, null, null, null, null]);
    expect(r.applications?.received).toMatchObject({ naturalPerson: 71, commercialEnterprise: 3, total: 74 });
    const d = r.diagnostics.find((x) => x.code === 'cells.ambiguous' && x.message.includes('总计'));
    expect(d?.message).toContain('无法确定是哪一种');
  });

  it('reads a title whose year stands on the next line in brackets', () => {
    const r = parseReport('某局政府信息公开工作年度报告\n（2021年度）\n\n一、总体情况\n\n正文。\n');
    expect(r).toMatchObject({ title: '某局政府信息公开工作年度报告（2021年度）', agency: '某局', year: 2021 });
  });

  it('finds the sections of a short report saved as one line', () => {
    const r = parseReport(
      '某县2021年政府信息公开工作年度报告 一、总体情况 全年公开信息10条。 二、主动公开政府信息情况 见下表。 五、存在的主要问题及改进情况 人员不足。',
    );
    expect(r.sections.map((s) => [s.number, s.key])).toEqual([
      [1, 'overview'],
      [2, 'proactive'],
    ]);
  });
});

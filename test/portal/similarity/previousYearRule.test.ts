// similarity.previousYear on small hand-made reports: a copied text fails, a rewritten one passes, and
// no report of the year before or too little text is uncheckable.
import { describe, expect, it } from 'vitest';
import type { Block, Section, SectionKey } from '../../../src/parser/index.ts';
import type { ReportEntryData } from '../../../src/schema/report.ts';
import { MIN_SECTION_CHARS, MIN_TEXT_CHARS, similarityChecks } from '../../../src/portal/similarity/previousYearRule.ts';
import { crossYearChecks } from '../../../src/portal/crossYearRules.ts';
import { reportEntry } from '../../support/reportEntry.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', text, line: 1 });
const section = (key: SectionKey, heading: string, texts: string[]): Section => ({
  number: null,
  key,
  heading,
  line: 1,
  blocks: texts.map(paragraph),
});

const OVERVIEW_2021 = [
  '2021年，本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例。',
  '全年通过门户网站主动公开政府信息三百余条，围绕重点领域加大公开力度。',
  '进一步完善依申请公开工作流程，严格按照法定时限答复申请人。',
  '加强政府信息公开平台建设，及时更新栏目内容，提升网站的可用性。',
  '围绕财政预决算、重大建设项目和社会公益事业建设等领域，细化公开内容，方便公众查阅和监督。',
  '建立健全政府信息公开保密审查机制，做到先审查、后公开，全年未发生泄密事件。',
];
const OVERVIEW_2022 = [
  '2022年，全区统筹推进疫情防控和经济社会发展信息发布，新闻发布会召开十二场。',
  '政策解读方面，围绕稳经济一揽子措施制作图解和视频，便于群众理解。',
  '依申请公开方面，建立首问负责和会商机制，对复杂申请组织法律顾问研判。',
  '监督保障方面，将政务公开纳入绩效考核，开展两次专项培训和一次督查。',
  '平台建设方面，完成网站集约化迁移，上线智能问答，办事指南实现一次告知。',
  '公众参与方面，就城市更新规划公开征求意见，收到建议八十余条并逐条反馈采纳情况。',
];
const PROBLEMS_2021 = [
  '一是公开内容不够全面，部分栏目更新不及时；二是政策解读形式单一。',
  '下一步，我们将加强培训，完善制度，提高公开质量。',
];
const PROBLEMS_2022 = [
  '一是基层公开标准目录尚未全面落地；二是回应关切的时效仍需提升。',
  '2023年将编制目录清单，建立舆情回应台账，按月通报。',
];

function report(year: number | null, overview: string[], problems: string[] | null): ReportEntryData {
  const sections = [
    section('overview', '总体情况', overview),
    ...(problems ? [section('problems', '存在的主要问题及改进情况', problems)] : []),
  ];
  return reportEntry(`r-${year}`, { year, sections }).data;
}

const byYear = (text: string[], year: number) => text.map((t) => t.replaceAll('2021年', `${year}年`));
const statusOf = (checks: ReturnType<typeof similarityChecks>, subject: string) => checks.find((c) => c.subject === subject);

describe('similarity.previousYear', () => {
  it('fails a report that repeats last year’s text with the year changed', () => {
    const checks = similarityChecks(report(2021, OVERVIEW_2021, PROBLEMS_2021), report(2022, byYear(OVERVIEW_2021, 2022), PROBLEMS_2021));
    expect(checks.map((c) => [c.rule, c.subject, c.status])).toEqual([
      ['similarity.previousYear', 'text', 'fail'],
      ['similarity.previousYear', 'problems', 'fail'],
    ]);
    const text = statusOf(checks, 'text');
    expect(text?.actual).toBeGreaterThanOrEqual(0.9);
    expect(text?.actual).toBeLessThan(1);
    expect(text?.message).toContain('全文与 2021 年报告的相同程度为 ');
    expect(text?.message).toContain('疑似照搬上年报告');
    expect(text?.message).toContain('存在的主要问题及改进情况 1.00');
    expect(statusOf(checks, 'problems')?.actual).toBe(1);
  });

  it('passes a rewritten report, the figure in actual and one message for every such report', () => {
    const checks = similarityChecks(report(2021, OVERVIEW_2021, PROBLEMS_2021), report(2022, OVERVIEW_2022, PROBLEMS_2022));
    expect(checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    const text = statusOf(checks, 'text');
    expect(text?.actual).toBeLessThan(0.2);
    expect(text?.message).toBe('全文与 2021 年报告的相同程度低于 0.90（本年文字的五字片段见于上年报告的比例）。');
    expect(statusOf(checks, 'problems')?.message).toBe('“存在的主要问题及改进情况”一节与 2021 年报告的相同程度低于 0.90。');
    expect(text?.expected).toBe('< 0.90');
  });

  it('fails on the problems section alone when only it was copied', () => {
    const checks = similarityChecks(report(2021, OVERVIEW_2021, PROBLEMS_2021), report(2022, OVERVIEW_2022, PROBLEMS_2021));
    expect(checks.map((c) => c.status)).toEqual(['pass', 'fail']);
    expect(statusOf(checks, 'problems')?.message).toBe(
      '“存在的主要问题及改进情况”一节与 2021 年报告的相同程度为 1.00（≥ 0.90 视为照搬），疑似照搬上年。',
    );
  });

  it('is uncheckable without a report of exactly the year before', () => {
    const only = similarityChecks(undefined, report(2022, OVERVIEW_2022, PROBLEMS_2022));
    expect(only).toEqual([
      {
        rule: 'similarity.previousYear',
        subject: 'text',
        status: 'uncheckable',
        expected: '< 0.90',
        actual: null,
        cells: [],
        message: '没有同一机关 2021 年的报告，无法比较两年文字是否相同。',
      },
    ]);
    const gap = similarityChecks(report(2020, OVERVIEW_2021, PROBLEMS_2021), report(2022, OVERVIEW_2021, PROBLEMS_2021));
    expect(gap.map((c) => c.status)).toEqual(['uncheckable']);
    expect(similarityChecks(report(2021, OVERVIEW_2021, null), report(null, OVERVIEW_2021, null)).map((c) => c.status)).toEqual([
      'uncheckable',
    ]);
  });

  it('is uncheckable with too little text in either year, or no problems section', () => {
    const short = ['本年度无变化。'];
    const thin = similarityChecks(report(2021, short, null), report(2022, OVERVIEW_2022, PROBLEMS_2022));
    expect(thin.map((c) => c.status)).toEqual(['uncheckable', 'uncheckable']);
    expect(thin[0]?.message).toBe(`2021 年报告可比较的文字不足 ${MIN_TEXT_CHARS} 字（不计表格），无法比较。`);
    const shortNow = similarityChecks(report(2021, OVERVIEW_2021, PROBLEMS_2021), report(2022, short, short));
    expect(shortNow.map((c) => c.status)).toEqual(['uncheckable', 'uncheckable']);
    expect(shortNow[1]?.message).toBe(`本年“存在的主要问题及改进情况”一节的文字不足 ${MIN_SECTION_CHARS} 字，无法与 2021 年报告比较。`);
    const noProblems = similarityChecks(report(2021, OVERVIEW_2021, PROBLEMS_2021), report(2022, byYear(OVERVIEW_2021, 2022), null));
    expect(noProblems.map((c) => c.status)).toEqual(['fail', 'uncheckable']);
  });

  it('counts neither tables nor punctuation, white space or width', () => {
    const before = report(2021, OVERVIEW_2021, PROBLEMS_2021);
    const retyped = OVERVIEW_2021.map((t) => t.replaceAll('，', ', ').replaceAll('。', '. ').replaceAll('2021', '２０２１'));
    const now = report(2022, retyped, PROBLEMS_2021);
    now.sections[0]?.blocks.push({ type: 'table', table: 'applications', line: 2 }, { type: 'fragment', lines: ['1\t2\t3'], line: 3 });
    expect(statusOf(similarityChecks(before, now), 'text')?.actual).toBe(1);
  });

  it('runs in crossYearChecks, with or without the year before', () => {
    expect(crossYearChecks(undefined, report(2022, OVERVIEW_2022, PROBLEMS_2022)).map((c) => c.rule)).toEqual(['similarity.previousYear']);
    const both = crossYearChecks(report(2021, OVERVIEW_2021, PROBLEMS_2021), report(2022, OVERVIEW_2022, PROBLEMS_2022));
    expect(both.filter((c) => c.rule === 'similarity.previousYear').map((c) => c.subject)).toEqual(['text', 'problems']);
  });
});

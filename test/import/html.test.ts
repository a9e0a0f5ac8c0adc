// A real web page and small made ones through the HTML converter: the article without the site's
// chrome, tables as tab-separated rows with their spans resolved, the page's metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithMetadata } from '../../src/files/originalFile.ts';
import { decodeHtml } from '../../src/import/html/decodeHtml.ts';
import { htmlToText } from '../../src/import/html/htmlToText.ts';
import { project } from '../parser/goldenProjection.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const PAGE = readFileSync(join(fixtures, 'originals/009_fujian-pingtan-zonghe-2022.html'));
const expected = JSON.parse(readFileSync(join(fixtures, 'reports/corpus-pingtan-zonghe-2022/expected.json'), 'utf8'));

function convert(html: string) {
  const c = htmlToText(html);
  if (!c.ok) throw new Error(c.message);
  return c;
}

describe('the Pingtan 2022 web page', () => {
  const page = convert(decodeHtml(PAGE).text);
  const { report, filled } = parseWithMetadata(page.text, 'pingtan-zonghe-2022.html', page.metadata, '网页');
  const got = project(report);

  it('parses to the cells of the hand-written golden file', () => {
    expect(got.applications).toEqual(expected.applications);
    expect(got.reviewLitigation).toEqual(expected.reviewLitigation);
    expect(got.legacyStatistics).toEqual(expected.legacyStatistics);
    expect(got).toMatchObject({ agency: expected.agency, year: expected.year, format: expected.format, period: expected.period });
    expect(got.sections.map((s) => [s.number, s.key, s.heading])).toEqual(
      expected.sections.map((s: { number: number; key: string; heading: string }) => [s.number, s.key, s.heading]),
    );
  });

  it('reads the one row the text version runs together, as the page’s table states it', () => {
    // The .txt has “行政规范性文件8855698”, which no rule splits: the golden file says unknown. The page's
    // cells say 88, 55 and 698 (the prose agrees: 698 in force, 88 issued).
    expect(expected.proactive.normativeDocuments).toEqual({ issued: null, repealed: null, inForce: null });
    expect(got.proactive).toEqual({ ...expected.proactive, normativeDocuments: { issued: 88, repealed: 55, inForce: 698 } });
    expect(page.text).toContain('行政规范性文件\t88\t55\t698\n');
  });

  it('takes the title the text lacks, the date and the address from the page, and says so', () => {
    expect(expected.title).toBeNull();
    expect(report.title).toBe('平潭综合实验区2022年度政府信息公开工作年度报告');
    expect(report.publishedOn).toBe('2023-02-20');
    expect(filled).toEqual({
      title: '平潭综合实验区2022年度政府信息公开工作年度报告',
      published: '2023-02-20',
      source: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm',
    });
    const notes = report.diagnostics.filter((d) => d.code === 'import.metadata').map((d) => d.message);
    expect(notes).toEqual([
      '正文中没有报告标题，标题取自网页元数据：“平潭综合实验区2022年度政府信息公开工作年度报告”。',
      '正文中没有发布日期，发布日期取自网页元数据：2023-02-20。',
    ]);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('title.missing');
  });

  it('leaves the site’s chrome out: navigation, breadcrumb, search, share buttons, footer', () => {
    expect(page.text.startsWith('本报告根据《中华人民共和国政府信息公开条例》')).toBe(true);
    expect(page.text.trimEnd().endsWith('2022年，无收取信息处理费情况。')).toBe(true);
    // Words of the page's chrome that the report itself never uses (首页 and 搜索 it does).
    for (const chrome of ['当前位置', '分享', '扫一扫', '无障碍', '关闭', '主办单位', '网站标识码']) {
      expect(PAGE.toString('utf8')).toContain(chrome);
      expect(page.text).not.toContain(chrome);
    }
  });
});

describe('HTML tables', () => {
  const text = (body: string) => convert(`<html><body><div><p>表格如下。</p>${body}</div></body></html>`).text;

  it('writes a cell spanning rows in its first row only, blank below, and nothing beside a colspan', () => {
    const t = text(
      '<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td><td>2</td></tr>' +
        '<tr><td colspan="2">（二）部分公开</td><td>3</td><td>4</td></tr><tr><td colspan="3">（七）总计</td><td>4</td><td>6</td></tr></table>',
    );
    expect(t).toBe('表格如下。\n三、本年度办理结果\t（一）予以公开\t1\t2\n\t（二）部分公开\t3\t4\n（七）总计\t4\t6\n');
  });

  it('joins a cell’s lines, keeps tabs out of cells and leaves empty rows out', () => {
    const t = text('<table><tbody><tr><td><p>商业</p><p>企业</p></td><td>a\tb<br>c</td></tr><tr><td> </td><td></td></tr></tbody></table>');
    expect(t).toBe('表格如下。\n商业企业\ta b c\n');
  });

  it('cuts a span past any real table instead of growing the grid without end', () => {
    const t = text('<table><tr><td colspan="99999999">甲</td><td rowspan="99999999">乙</td></tr><tr><td>丙</td></tr></table>');
    expect(t.split('\n').every((l) => l.split('\t').length <= 64)).toBe(true);
    expect(t).toContain('甲');
  });
});

describe('page metadata', () => {
  const page = (head: string) =>
    convert(`<html><head>${head}</head><body><div><p>某局2021年政府信息公开工作年度报告</p></div></body></html>`).metadata;

  it('takes the title from <title> before its column and site names when there is no ArticleTitle', () => {
    expect(page('<title>某局2021年政府信息公开工作年度报告_年报_某市人民政府</title>')).toEqual({
      title: '某局2021年政府信息公开工作年度报告',
    });
  });

  it('takes the body from ContentSource, the date from PubDate, the address from og:url, each only when stated', () => {
    expect(
      page(
        '<meta name="ContentSource" content="某局"><meta name="PubDate" content="2022/1/5"><meta property="og:url" content="https://a.gov.cn/x.html"><meta name="Author" content="">',
      ),
    ).toEqual({ body: '某局', published: '2022-01-05', source: 'https://a.gov.cn/x.html' });
    expect(page('<meta name="PubDate" content="2022-02-30"><meta name="Url" content="javascript:alert(1)">')).toEqual({});
  });

  it('reads a GB2312 page by its declared charset', () => {
    const gb = Buffer.from('c4b3bed6', 'hex'); // 某局 in GB2312
    const page = (charset: string) =>
      Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"></head><body><p>`), gb, Buffer.from('</p></body></html>')]);
    expect(decodeHtml(page('gb2312'))).toEqual({ text: expect.stringContaining('<p>某局</p>'), encoding: 'gb18030' });
    // Undeclared, and not UTF-8: GB18030 too. Declared UTF-8 and valid: UTF-8.
    expect(decodeHtml(page('')).encoding).toBe('gb18030');
    expect(decodeHtml(Buffer.from('<meta charset="utf-8"><p>某局</p>')).encoding).toBe('utf-8');
  });

  it('says a page with only its site’s chrome has no report text', () => {
    const c = htmlToText('<html><body><div class="nav"><a href="/">首页</a></div><div class="footer">版权所有</div></body></html>');
    expect(c).toMatchObject({ ok: false, code: 'import.noText' });
  });
});

describe('a page whose article’s own class names read like chrome', () => {
  it('still finds the article when telling chrome by class would hide it', () => {
    const report =
      '<p>某局2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>全年共收到政府信息公开申请2件，均已按时答复。</p>'.repeat(10);
    const c = htmlToText(
      `<html><body><nav>首页 政务公开</nav><div class="page-header-content">${report}</div><div class="sidebar"><p>热点：某局召开会议</p></div></body></html>`,
    );
    expect(c).toMatchObject({ ok: true, text: expect.stringMatching(/^某局2021年政府信息公开工作年度报告\n一、总体情况\n/) });
    expect(c.ok && c.text).not.toContain('首页');
  });
});

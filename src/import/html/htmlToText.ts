// A web page (or the HTML a .docx becomes) → the report's text and the metadata the page carries:
// the article body found and the site's chrome left out, tables as tab-separated rows.
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Conversion } from '../conversion.ts';
import type { Element, Root } from 'hast';
import { articleBody, ownTextLength } from './articleBody.ts';
import { blockLines } from './blockText.ts';
import { pageMetadata } from './pageMetadata.ts';

const parser = unified().use(rehypeParse);

const NO_TEXT =
  '网页中没有找到报告正文（只有导航、页眉页脚之类，或文件不完整）。请保存报告正文所在的完整网页，或改交 PDF、.docx 或 .txt 文件。';

/** Non-space characters: a report runs to thousands; a footer or a menu is far shorter than this. */
const REPORT_LENGTH = 300;

/**
 * The article, chrome told by class and id words too, unless that hides it: a site whose article sits
 * in, say, a “page-header-content” block. Then only tags, roles and styles tell chrome (some may stay in).
 */
function findArticle(root: Root): { article: Element | null; byName: boolean } {
  const strict = articleBody(root, true);
  const lenient = articleBody(root, false);
  const lenientLength = lenient === null ? 0 : ownTextLength(lenient, false);
  const hidden = lenientLength >= REPORT_LENGTH && (strict === null || ownTextLength(strict) * 5 < lenientLength);
  return hidden ? { article: lenient, byName: false } : { article: strict, byName: true };
}

/** `html` is a whole page or a fragment; never throws. */
export function htmlToText(html: string, noText = NO_TEXT): Conversion {
  try {
    const root = parser.parse(html);
    const { article, byName } = findArticle(root);
    const lines = article === null ? [] : blockLines(article, byName);
    if (lines.length === 0) return { ok: false, code: 'import.noText', message: noText };
    return { ok: true, text: `${lines.join('\n')}\n`, metadata: pageMetadata(root) };
  } catch {
    // Only markup nested deeper than the stack allows gets here.
    return {
      ok: false,
      code: 'import.damaged',
      message: '网页文件已损坏或结构异常，无法读取。请重新保存网页，或改交 PDF、.docx 或 .txt 文件。',
    };
  }
}

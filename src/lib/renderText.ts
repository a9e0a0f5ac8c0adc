// Report text is untrusted: it is read as Markdown (the form converted reports come in) and turned
// into HTML that can carry no script, image, style or outside action. Raw HTML in the text is shown
// as the characters it was written with; links keep only absolute http(s) addresses.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root as MdRoot, Parent as MdParent, PhrasingContent, RootContent } from 'mdast';
import type { Root as HastRoot, Element as HastElement, ElementContent } from 'hast';

const NO_IMAGES = new Set(['img', 'picture', 'source', 'input']);

/** GitHub's schema without images or form inputs, and links to http(s) only. */
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !NO_IMAGES.has(t)),
  attributes: Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).filter(([tag]) => !NO_IMAGES.has(tag))),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https'] },
};

const STRONG = /\*\*(?=\S)([^*]+?)(?<=\S)\*\*/g;

/** `**（一）标题。**正文`: CommonMark leaves this literal (punctuation before `**`); read it as bold. */
function cjkStrong(value: string): PhrasingContent[] | null {
  const matches = [...value.matchAll(STRONG)];
  if (matches.length === 0) return null;
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of matches) {
    if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
    out.push({ type: 'strong', children: [{ type: 'text', value: m[1] ?? '' }] });
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/** Raw HTML becomes visible text, images their alt text, headings plain paragraphs. */
function rewrite(node: RootContent): RootContent[] {
  if (node.type === 'html') return [{ type: 'text', value: node.value }];
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ? [{ type: 'text', value: node.alt }] : [];
  if (node.type === 'definition') return [];
  if (node.type === 'text') return (cjkStrong(node.value) as RootContent[] | null) ?? [node];
  if (node.type === 'heading') return [{ type: 'paragraph', children: node.children.flatMap((c) => rewrite(c) as PhrasingContent[]) }];
  if ('children' in node) (node as MdParent).children = (node as MdParent).children.flatMap((c) => rewrite(c)) as MdParent['children'];
  return [node];
}

function remarkUntrusted() {
  return (tree: MdRoot): void => {
    tree.children = tree.children.flatMap((c) => rewrite(c));
  };
}

const ABSOLUTE_HTTP = /^https?:\/\/[^\s/]/i;

/** After sanitising: a link without an absolute http(s) address is unwrapped; the rest are marked external. */
function rehypeSafeLinks() {
  const visit = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child];
      const el: HastElement = child;
      el.children = visit(el.children);
      if (el.tagName !== 'a') return [el];
      const target = el.properties['href'];
      if (typeof target !== 'string' || !ABSOLUTE_HTTP.test(target)) return el.children;
      el.properties = { href: target, rel: ['nofollow', 'noopener', 'noreferrer', 'external'] };
      return [el];
    });
  return (tree: HastRoot): void => {
    tree.children = tree.children.flatMap((c): HastRoot['children'] => (c.type === 'element' ? visit([c]) : [c]));
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkUntrusted)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeSafeLinks)
  .use(rehypeStringify);

/**
 * Past this many characters a paragraph is not read as Markdown but shown as escaped text: no real
 * report paragraph is this long, and Markdown's syntax tree for megabytes of markup-laden text costs
 * seconds of building (a 10 MB line of hostile text took 6 s, nearly all of it garbage collection).
 */
export const MARKDOWN_LIMIT = 100_000;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text in which Markdown can see nothing — no mark, bracket, entity, HTML, line break, list or quote
 * start, outer space — is one plain paragraph: the parser would give `<p>text</p>` (a test checks
 * this against it). Most report paragraphs are such; this spares the parser ten thousand report pages.
 */
const PLAIN = /^(?!\d{1,9}[.)]|[-+=\s\u3000])[^\\`*_[\]<>!#|~&\u0000-\u001f\u007f]*[^\\`*_[\]<>!#|~&\u0000-\u001f\u007f\s\u3000]$/;

export function isPlainText(text: string): boolean {
  return PLAIN.test(text);
}

/** Block HTML (paragraphs, lists) for a paragraph of report text. */
export function renderText(text: string): string {
  if (text.length > MARKDOWN_LIMIT) return `<p>${text.trim().replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)}</p>`;
  if (isPlainText(text)) return `<p>${text}</p>`;
  return markdownHtml(text);
}

/** What the Markdown pipeline makes of a text (renderText's way for any text that is not plain). */
export function markdownHtml(text: string): string {
  return String(processor.processSync(text)).trim();
}

/** A leading list, quote or heading marker read as the characters it is. */
function literalStart(line: string): string {
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+*>#])(?=\s|$)/, '\\$1');
}

/** Inline HTML for a line that sits inside another element (a subheading): no block structure. */
export function renderInline(text: string): string {
  const html = renderText(literalStart(text.replace(/\s*\n\s*/g, ' ').trim()));
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single?.[1] ?? html;
}

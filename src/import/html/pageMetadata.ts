// What a government web page says about itself in its <head>: the CMS's <meta name="ArticleTitle">,
// PubDate and ContentSource, the Open Graph tags, <title>, and its own address (canonical link,
// og:url, <meta name="Url">). Each field only when the page states it.
import type { Root } from 'hast';
import type { OriginalMetadata } from '../conversion.ts';
import { attr, collapse, elements, plainText } from './hastText.ts';

/** A date as YYYY-MM-DD, from 2023-02-20 15:07, 2023/2/20 or 2023年2月20日. */
export function isoDate(text: string): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const isWebAddress = (s: string) => /^https?:\/\/[^\s]+$/i.test(s);

export function pageMetadata(root: Root): OriginalMetadata {
  const metas = new Map<string, string>();
  let titleTag = '';
  let canonical = '';
  for (const el of elements(root)) {
    if (el.tagName === 'meta') {
      const name = (attr(el, 'name') || attr(el, 'property')).toLowerCase();
      const content = collapse(attr(el, 'content'));
      if (name !== '' && content !== '' && !metas.has(name)) metas.set(name, content);
    } else if (el.tagName === 'title' && titleTag === '') titleTag = collapse(plainText(el));
    else if (el.tagName === 'link' && /(^|\s)canonical(\s|$)/i.test(attr(el, 'rel')) && canonical === '')
      canonical = attr(el, 'href').trim();
  }
  const metadata: OriginalMetadata = {};
  // <title> is “article_column_site” on most government CMSs: the article's title is its first part.
  const title = metas.get('articletitle') ?? metas.get('og:title') ?? titleTag.split(/\s*(?:_|\s\|\s|\s-\s)\s*/)[0];
  if (title) metadata.title = title;
  const body = metas.get('contentsource');
  if (body) metadata.body = body;
  const published = isoDate(metas.get('pubdate') ?? metas.get('publishdate') ?? metas.get('article:published_time') ?? '');
  if (published) metadata.published = published;
  const source = [canonical, metas.get('og:url') ?? '', metas.get('url') ?? ''].find(isWebAddress);
  if (source) metadata.source = source;
  return metadata;
}

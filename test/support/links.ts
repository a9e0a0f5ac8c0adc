// Finding and checking the links of built pages: the addresses an HTML page refers to (href/src,
// srcset, CSS url()), read with the browser's own HTML parser, and a status check that does not
// follow redirects (each page has exactly one address, so a redirect is a broken link).
import type { Page } from 'playwright-core';

export interface FoundLink {
  /** Absolute URL without its #fragment. */
  url: string;
  /** How the page referred to it, e.g. `a[href]`, `img[src]`, `css url()`. */
  via: string;
}

/** Every href/src/srcset of a document's elements, resolved against `pageUrl`. */
export async function linksInHtml(parser: Page, html: string, pageUrl: string): Promise<FoundLink[]> {
  const raw = await parser.evaluate(
    ({ html, pageUrl }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const baseEl = doc.querySelector('base[href]');
      const base = baseEl ? new URL(baseEl.getAttribute('href') ?? '', pageUrl).href : pageUrl;
      const out: { url: string; via: string }[] = [];
      const push = (value: string | null, via: string) => {
        if (value === null) return;
        const v = value.trim();
        if (v === '' || /^(javascript|mailto|tel|data|blob|about):/i.test(v)) return;
        try {
          out.push({ url: new URL(v, base).href, via });
        } catch {
          out.push({ url: `invalid:${v}`, via });
        }
      };
      for (const el of doc.querySelectorAll('[href]')) push(el.getAttribute('href'), `${el.tagName.toLowerCase()}[href]`);
      for (const el of doc.querySelectorAll('[src]')) push(el.getAttribute('src'), `${el.tagName.toLowerCase()}[src]`);
      for (const el of doc.querySelectorAll('[srcset]')) {
        for (const part of (el.getAttribute('srcset') ?? '').split(','))
          push(part.trim().split(/\s+/)[0] ?? '', `${el.tagName.toLowerCase()}[srcset]`);
      }
      return out;
    },
    { html, pageUrl },
  );
  return raw.map((l) => ({ ...l, url: l.url.replace(/#.*$/, '') }));
}

/** url(...) references of a stylesheet, resolved against its address. */
export function linksInCss(css: string, cssUrl: string): FoundLink[] {
  const out: FoundLink[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    const v = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (v === '' || v.startsWith('#') || /^data:/i.test(v)) continue;
    out.push({ url: new URL(v, cssUrl).href.replace(/#.*$/, ''), via: 'css url()' });
  }
  return out;
}

export interface Fetched {
  status: number;
  contentType: string;
  /** Redirect target, when there is one. */
  location: string | null;
  body: string | null;
}

/** GET without following redirects; the body only for HTML and CSS (any status). Bounded by a timeout. */
export async function fetchPage(url: string, timeoutMs = 15_000): Promise<Fetched> {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  const contentType = response.headers.get('content-type') ?? '';
  const wantBody = /^text\/(html|css)/.test(contentType);
  const body = wantBody ? await response.text() : null;
  if (!wantBody) await response.body?.cancel();
  return { status: response.status, contentType, location: response.headers.get('location'), body };
}

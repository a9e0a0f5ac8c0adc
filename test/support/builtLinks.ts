// Checking the links of a built site on disk: every address a page refers to (href, src, srcset,
// form action) that stays on the site must name a file of the build, and every #fragment an element
// id of the page it points to. Pages are read with the browser's own HTML parser (DOMParser in a blank
// page), so entities and odd markup are read as a browser reads them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { builtPath } from './builtFiles.ts';

/** Where a build is pretended to be served from while resolving its links. */
const ORIGIN = 'http://built.invalid';

export interface ParsedPage {
  refs: { via: string; value: string }[];
  ids: string[];
}

export async function parseBuiltPage(parser: Page, html: string): Promise<ParsedPage> {
  return parser.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const refs: { via: string; value: string }[] = [];
    for (const [selector, attr] of [
      ['[href]', 'href'],
      ['[src]', 'src'],
      ['form[action]', 'action'],
    ] as const) {
      for (const el of doc.querySelectorAll(selector))
        refs.push({ via: `${el.tagName.toLowerCase()}[${attr}]`, value: el.getAttribute(attr) ?? '' });
    }
    for (const el of doc.querySelectorAll('[srcset]')) {
      for (const part of (el.getAttribute('srcset') ?? '').split(','))
        refs.push({ via: `${el.tagName.toLowerCase()}[srcset]`, value: part.trim().split(/\s+/)[0] ?? '' });
    }
    return { refs, ids: [...doc.querySelectorAll('[id]')].map((el) => el.id) };
  }, html);
}

/** The build's file an on-site path names (`/nianbao/x/` → `x/index.html`), or null when off the site. */
function fileFor(basePath: string, pathname: string): string | null {
  if (!pathname.startsWith(basePath)) return null;
  const relative = decodeURIComponent(pathname.slice(basePath.length));
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

export interface LinkCheck {
  /** Problems, one line each: `page: via value → why`. */
  broken: string[];
  /** How many on-site references and fragments were checked. */
  checked: number;
  fragments: number;
}

/**
 * Checks every page's on-site references. `pages` are the build's HTML files (relative paths);
 * links to another host (the canonical address, a report's own web address) are not followed.
 */
export async function checkBuiltLinks(parser: Page, dir: string, basePath: string, pages: string[]): Promise<LinkCheck> {
  const parsed = new Map<string, ParsedPage>();
  const read = async (file: string): Promise<ParsedPage> => {
    let p = parsed.get(file);
    if (!p) {
      p = await parseBuiltPage(parser, readFileSync(builtPath(dir, file), 'utf8'));
      parsed.set(file, p);
    }
    return p;
  };
  const broken: string[] = [];
  let checked = 0;
  let fragments = 0;
  for (const page of pages) {
    // 404.html is served at any missing address, so its links must not depend on where it is.
    const pageUrl = `${ORIGIN}${basePath}${page.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const { via, value } of (await read(page)).refs) {
      const v = value.trim();
      if (/^(mailto|tel|data|blob):/i.test(v)) continue;
      const where = `${page}: ${via} "${value}"`;
      if (/^javascript:/i.test(v) || v === '') {
        broken.push(`${where} → not an address`);
        continue;
      }
      if (page === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(v)) {
        broken.push(`${where} → relative, but the not-found page is served at every missing address`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(v, pageUrl);
      } catch {
        broken.push(`${where} → invalid address`);
        continue;
      }
      if (url.origin !== ORIGIN) continue;
      checked++;
      const file = fileFor(basePath, url.pathname);
      if (file === null) {
        broken.push(`${where} → outside ${basePath}`);
        continue;
      }
      const path = builtPath(dir, file);
      if (!existsSync(path) || !statSync(path).isFile()) {
        broken.push(`${where} → no file ${file}`);
        continue;
      }
      if (url.hash === '' || url.hash === '#') continue;
      fragments++;
      if (!file.endsWith('.html')) {
        broken.push(`${where} → a #fragment into ${file}, which is not a page`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (!(await read(file)).ids.includes(id)) broken.push(`${where} → ${file} has no element with id "${id}"`);
    }
  }
  return { broken, checked, fragments };
}

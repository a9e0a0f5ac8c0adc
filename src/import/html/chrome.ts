// The parts of a web page that are the site's, not the report's: navigation, breadcrumbs, search
// forms, share buttons, headers and footers, scripts. Left out before the article body is looked for.
import type { Element } from 'hast';
import { attr } from './hastText.ts';

const NEVER_TEXT = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'button',
  'input',
  'select',
  'textarea',
  'form',
  'nav',
  'header',
  'footer',
  'aside',
  'map',
]);

/** Class or id words of site chrome in the CMSs government sites use (TRS, Hanweb, Founder…). */
const CHROME_WORDS =
  /(^|[-_\s])(nav|navbar|menu|submenu|breadcrumbs?|crumbs?|location|search|share|bdshare|footer|foot|header|topbar|toolbar|qrcode|ewm|print|close|related|relnews|copyright|sidebar|fontsize|sitemap|skip|login|weather)([-_\s]|$)/i;

/** `byName` false: only what is chrome by its tag, role or style, not by its class or id. */
export function isChrome(el: Element, byName = true): boolean {
  if (NEVER_TEXT.has(el.tagName)) return true;
  if (/display\s*:\s*none/i.test(attr(el, 'style')) || el.properties['hidden'] === true) return true;
  const role = attr(el, 'role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'search') return true;
  return byName && (CHROME_WORDS.test(attr(el, 'className')) || CHROME_WORDS.test(attr(el, 'id')));
}

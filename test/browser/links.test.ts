// Links: in both builds, every on-site address a page refers to names a file of the build, and every
// #fragment names an element of the page it points to — none broken, at the domain root and under
// /nianbao/. (subpath.test.ts also follows the links over HTTP from the home page.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { builtFiles } from '../support/builtFiles.ts';
import { checkBuiltLinks } from '../support/builtLinks.ts';
import { describeInBrowser, site, type SiteName } from '../support/site.ts';

describeInBrowser('the links of the built pages', () => {
  const browser = sharedBrowser();
  afterAll(() => browser.close());

  for (const name of ['root', 'sub'] as SiteName[]) {
    it(`all resolve, #fragments included, in the ${name === 'root' ? 'domain-root' : '/nianbao/'} build`, async () => {
      const s = site(name);
      const w = await openPage(browser, null);
      try {
        const pages = builtFiles(s.dir, '.html');
        const result = await checkBuiltLinks(w.page, s.dir, s.basePath, pages);
        expect(result.broken).toEqual([]);
        console.info(
          `links (${s.basePath}): ${pages.length} pages, ${result.checked} on-site references, ${result.fragments} #fragments, ${result.broken.length} broken`,
        );
        // It really checked: every page links to several others, and the reports link to their cells.
        expect(result.checked).toBeGreaterThan(pages.length * 10);
        expect(result.fragments).toBeGreaterThan(100);
      } finally {
        await w.close();
      }
    });
  }

  it('notices a missing page, a missing #fragment and a link that leaves the sub-path', async () => {
    const s = site('sub');
    const w = await openPage(browser, null);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'nianbao-links-'));
      try {
        writeFileSync(
          join(dir, 'index.html'),
          '<!doctype html><title>x</title><p id="here"><a href="#here">ok</a> <a href="/nianbao/gone/">gone</a> <a href="#nowhere">frag</a> <a href="/about/">out</a> <a href="javascript:alert(1)">js</a>',
        );
        const { broken } = await checkBuiltLinks(w.page, dir, s.basePath, ['index.html']);
        expect(broken).toEqual([
          'index.html: a[href] "/nianbao/gone/" → no file gone/index.html',
          'index.html: a[href] "#nowhere" → index.html has no element with id "nowhere"',
          'index.html: a[href] "/about/" → outside /nianbao/',
          'index.html: a[href] "javascript:alert(1)" → not an address',
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      await w.close();
    }
  });
});

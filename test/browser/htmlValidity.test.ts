// Valid HTML: html-validate's recommended rules (.htmlvalidate.mjs, where each rule turned off is
// justified) find no error in any page of either build. No browser needed, but the builds are the
// ones the browser tests make.
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { builtFiles, builtPath } from '../support/builtFiles.ts';
import { describeInBrowser, site, type SiteName } from '../support/site.ts';

const validator = new HtmlValidate(config);

async function errorsIn(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${name}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`),
  );
}

describe('the html-validate configuration', () => {
  it('keeps the recommended rules on: it finds the errors in a broken page', async () => {
    const broken =
      '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p><div role="region" aria-label="表">x</div></p><img src="a.png"></body></html>';
    const found = (await errorsIn(broken, 'broken.html')).join('\n');
    expect(found).toContain('[prefer-native-element]');
    expect(found).toContain('[wcag/h37]');
    expect(found).toContain('[no-implicit-close]');
  });
});

describeInBrowser('valid HTML (html-validate, recommended rules)', () => {
  for (const name of ['root', 'sub'] as SiteName[]) {
    it(`finds no error in any page of the ${name === 'root' ? 'domain-root' : '/nianbao/'} build`, async () => {
      const { dir } = site(name);
      const pages = builtFiles(dir, '.html');
      expect(pages.length).toBeGreaterThan(50);
      const errors: string[] = [];
      for (const page of pages) errors.push(...(await errorsIn(readFileSync(builtPath(dir, page), 'utf8'), page)));
      expect(errors).toEqual([]);
    });
  }
});

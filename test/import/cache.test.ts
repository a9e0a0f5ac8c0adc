// Converted text is kept by the original's SHA-256: an unchanged original is read from the cache, not
// converted again; a changed one is converted again.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConversionCache } from '../../src/import/conversionCache.ts';
import { convertOriginal } from '../../src/import/convertOriginal.ts';

const page = (text: string) => new TextEncoder().encode(`<html><body><div><p>${text}</p></div></body></html>`);

describe('the conversion cache', () => {
  it('does not convert an unchanged original again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cache-'));
    const cache = new ConversionCache(dir);
    const bytes = page('某局2021年政府信息公开工作年度报告');
    expect(await convertOriginal(bytes, 'a.html', cache)).toMatchObject({
      ok: true,
      format: 'html',
      text: '某局2021年政府信息公开工作年度报告\n',
    });
    const [entry] = readdirSync(dir);
    expect(readdirSync(dir)).toHaveLength(1);
    // Change what the cache holds: an answer that has it was read from the cache, not converted.
    writeFileSync(join(dir, entry as string), JSON.stringify({ ok: true, text: '从缓存读取\n', metadata: {} }));
    expect(await convertOriginal(bytes, 'b/other-name.html', cache)).toMatchObject({ ok: true, text: '从缓存读取\n' });
    // Another original (one byte differs) is converted.
    expect(await convertOriginal(page('某局2022年政府信息公开工作年度报告'), 'a.html', cache)).toMatchObject({
      text: '某局2022年政府信息公开工作年度报告\n',
    });
    expect(readdirSync(dir)).toHaveLength(2);
    // Without a cache, every call converts.
    expect(await convertOriginal(bytes, 'a.html', null)).toMatchObject({ text: '某局2021年政府信息公开工作年度报告\n' });
  });

  it('keeps errors too, and never caches plain text (the parser decodes it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cache-'));
    const cache = new ConversionCache(dir);
    expect(await convertOriginal(page(''), 'a.html', cache)).toMatchObject({ ok: false, code: 'import.noText' });
    expect(await convertOriginal(new TextEncoder().encode('某局'), 'a.txt', cache)).toEqual({ ok: true, format: 'text' });
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('converts when the cache folder cannot be written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-cache-')), 'a-file');
    writeFileSync(file, '');
    expect(await convertOriginal(page('某局'), 'a.html', new ConversionCache(join(file, 'below')))).toMatchObject({
      ok: true,
      text: '某局\n',
    });
  });
});

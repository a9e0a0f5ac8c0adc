// Suggestions written into the registry keep everything already there, so the operator reviews a diff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Suggestion } from '../../src/registry/suggest.ts';
import { addSuggestions, showSuggestions } from '../../src/registry/writeSuggestions.ts';
import { bodyRegistrySchema } from '../../src/schema/body.ts';

const BUNDLED = readFileSync(join(import.meta.dirname, '../../content/agencies.yaml'), 'utf8');

const SUGGESTIONS: Suggestion[] = [
  { kind: 'aliases', slug: 'litong', name: '吴忠市利通区人民政府', aliases: ['利通区人民政府（区政府办公室）'], evidence: ['证据甲'] },
  {
    kind: 'new',
    body: { slug: 'pingtan', name: '平潭综合实验区', aliases: ['平潭综合实验区管委会'], level: 'county', region: ['平潭综合实验区'] },
    evidence: ['「平潭综合实验区」：corpus/c02（2019）', '同一文件夹：corpus'],
    unsure: ['level'],
    variants: ['平潭综合实验区管委会'],
  },
];

describe('addSuggestions', () => {
  it('adds entries and aliases, keeping every line already there', () => {
    const written = addSuggestions(BUNDLED, SUGGESTIONS);
    expect(written.ok).toBe(true);
    const text = written.ok ? written.text : '';
    const before = BUNDLED.split('\n').filter((l) => !l.includes('[利通区, 利通区人民政府]'));
    const after = text.split('\n');
    // Every old line is still there, in the same order.
    let at = 0;
    for (const line of before) {
      const found = after.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    expect(text).toContain('  aliases: [利通区, 利通区人民政府, 利通区人民政府（区政府办公室）]');
    expect(text).toContain(
      '# 建议（npm run agencies -- suggest）：已登记的「吴忠市利通区人民政府」（litong）增加别名 利通区人民政府（区政府办公室）。\n# - 证据甲\n- slug: litong',
    );
    expect(
      text.endsWith(
        [
          '',
          '# 建议（npm run agencies -- suggest）：新机关「平潭综合实验区」，请核实后保留、修改或删除。',
          '# - 「平潭综合实验区」：corpus/c02（2019）',
          '# - 同一文件夹：corpus',
          '- slug: pingtan',
          '  name: 平潭综合实验区',
          '  aliases: [平潭综合实验区管委会]',
          '  level: county # 待核实',
          '  region: [平潭综合实验区]',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
    expect(bodyRegistrySchema.parse(parseYaml(text))).toHaveLength(5);
  });

  it('starts an empty registry, and refuses one that is not a list', () => {
    const written = addSuggestions('', SUGGESTIONS.slice(1));
    expect(written.ok && bodyRegistrySchema.parse(parseYaml(written.text))[0]?.slug).toBe('pingtan');
    expect(addSuggestions('slug: x\n', SUGGESTIONS.slice(1))).toEqual({
      ok: false,
      message: '机关名录应是一个列表（每个机关以“- ”开头）。',
    });
  });
});

describe('showSuggestions', () => {
  it('shows alias additions as comments and new entries as YAML', () => {
    const shown = showSuggestions(SUGGESTIONS);
    expect(shown.startsWith('# 建议（npm run agencies -- suggest）：已登记的「吴忠市利通区人民政府」')).toBe(true);
    expect(shown).toContain('- slug: pingtan\n  name: 平潭综合实验区');
  });
});

// ASCII slugs for Chinese names (bodies not in the registry, regions), from their pinyin.
import { pinyin } from 'pinyin-pro';

export function slugOf(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'x' : slug;
}

/** A region's URL segment: its pinyin run together (宁夏回族自治区 → ningxiahuizuzizhiqu). */
export function regionSlugOf(name: string): string {
  return slugOf(name).replace(/-/g, '');
}

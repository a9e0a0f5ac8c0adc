// A section's heading as the page shows it: the numeral the report gave it, then its heading as written.
import type { Section } from '../../parser/index.ts';
import { chineseNumeral } from './numerals.ts';

export function sectionTitle(section: Pick<Section, 'number' | 'heading'>): string {
  return section.number === null ? section.heading : `${chineseNumeral(section.number)}、${section.heading}`;
}

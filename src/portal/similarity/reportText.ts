// A report's readable text for the comparison with last year's: the paragraphs and subheadings of
// its preamble and sections, normalised; not its tables' figures nor fragments kept as written.
import type { Block, SectionKey } from '../../parser/index.ts';
import type { ReportEntryData } from '../../schema/report.ts';
import { normaliseText } from './normalise.ts';

export interface TextPart {
  /** The section's key; null for the preamble and a section whose heading names no known section. */
  key: SectionKey | null;
  /** Normalised. */
  text: string;
}

/** The raw readable text of some blocks, one block a line. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.type === 'paragraph' || b.type === 'subheading' ? b.text : '')).join('\n');
}

function normalisedText(blocks: readonly Block[]): string {
  let text = '';
  for (const b of blocks) if (b.type === 'paragraph' || b.type === 'subheading') text += normaliseText(b.text);
  return text;
}

/** The preamble and each section, in the report's order. */
export function reportText(data: Pick<ReportEntryData, 'preamble' | 'sections'>): TextPart[] {
  return [
    { key: null, text: normalisedText(data.preamble) },
    ...data.sections.map((s) => ({ key: s.key, text: normalisedText(s.blocks) })),
  ];
}

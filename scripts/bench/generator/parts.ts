// A report before it is laid out as text: its title, headings, paragraphs, tables and signature.
import type { GridLine } from './grid.ts';

export type Part =
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; number: string; text: string }
  /** statement: the sentence with the year's requests, which a layout must not cut inside a figure. */
  | { kind: 'paragraph'; text: string; statement?: boolean }
  | { kind: 'table'; caption?: string; grid: GridLine[] }
  | { kind: 'signature'; lines: string[] };

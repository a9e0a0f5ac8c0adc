// Groups pieces into row records: a label and the data that follows it.
// Grid lines make one record each; in running text a record is label text followed by numbers.
import type { Piece } from './tokens.ts';

export type DataChunk =
  | { kind: 'cell'; value: number | null }
  /** Digits from running text: one or more cells, to be split. */
  | { kind: 'run'; raw: string };

export interface RowRecord {
  /** Label text of the record itself (same grid line, or the text right before the numbers). */
  label: string;
  /** Text of the lines between the previous record and this one, for labels printed apart from their numbers. */
  context: string;
  chunks: DataChunk[];
  line: number;
  /** Flat offset just after the record's last number. */
  end: number;
  cellMode: boolean;
  /** A tab-separated line: a tab at its end may be an extraction artefact, unlike a markdown cell. */
  tab: boolean;
  /** A grid line whose data cells are all blank: a real row only if its label names one. */
  allBlank: boolean;
}

export function buildRecords(pieces: Piece[]): RowRecord[] {
  const records: RowRecord[] = [];
  let context = '';
  let label = '';
  let current: RowRecord | null = null;
  let gridLine: Piece[] = [];

  const closePlain = (): void => {
    if (current) records.push(current);
    current = null;
  };

  // One pass over a grid line: its label is every text cell, its data the cells after the last text.
  const flushGridLine = (): void => {
    if (gridLine.length === 0) return;
    let lastText = -1;
    let ownLabel = '';
    let tab = false;
    for (let i = 0; i < gridLine.length; i++) {
      const p = gridLine[i] as Piece;
      if (p.kind === 'text') {
        ownLabel = lastText === -1 ? p.text : `${ownLabel} ${p.text}`;
        lastText = i;
      } else if (p.kind === 'cell' && p.tab) tab = true;
    }
    const chunks: DataChunk[] = [];
    let allBlank = true;
    for (let i = lastText + 1; i < gridLine.length; i++) {
      const p = gridLine[i] as Piece;
      if (p.kind !== 'cell') continue;
      chunks.push({ kind: 'cell', value: p.value });
      if (p.value !== null) allBlank = false;
    }
    const line = gridLine[0]?.line ?? 0;
    const end = gridLine[gridLine.length - 1]?.end ?? 0;
    if (chunks.length === 0 || (allBlank && ownLabel === '')) {
      if (ownLabel !== '') context += ` ${ownLabel}`;
    } else {
      records.push({ label: ownLabel, context, chunks, line, end, cellMode: true, tab, allBlank });
      context = allBlank ? ownLabel : '';
    }
    gridLine = [];
  };

  for (const p of pieces) {
    const cellMode = p.kind === 'cell' || (p.kind !== 'num' && p.cellMode);
    if (cellMode) {
      if (current) closePlain();
      if (label !== '') {
        context += ` ${label}`;
        label = '';
      }
      if (p.kind === 'eol') flushGridLine();
      else gridLine.push(p);
      continue;
    }
    if (p.kind === 'eol') continue;
    if (p.kind === 'text') {
      if (current) closePlain();
      label += p.text;
      continue;
    }
    if (p.kind === 'num') {
      if (!current) {
        current = { label, context, chunks: [], line: p.line, end: p.end, cellMode: false, tab: false, allBlank: false };
        label = '';
        context = '';
      }
      (current as RowRecord).chunks.push({ kind: 'run', raw: p.raw });
      (current as RowRecord).end = p.end;
    }
  }
  flushGridLine();
  closePlain();
  return records;
}

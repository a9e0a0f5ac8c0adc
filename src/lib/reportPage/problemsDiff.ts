// What is new this year in 存在的主要问题及改进情况, beside the same body's report of the year
// before: sentence by sentence, with this year's sentences also in last year's section counted
// rather than repeated (the section itself is shown just above), to keep the page light.
import type { ReportEntryData } from '../../schema/report.ts';
import { blocksText } from '../../portal/similarity/reportText.ts';
import { type DiffKind, sentenceDiff, splitSentences } from '../../portal/similarity/sentenceDiff.ts';

export type DiffRow = { kind: Exclude<DiffKind, 'kept'>; text: string } | { kind: 'kept'; count: number };

export interface ProblemsDiff {
  previousYear: number;
  /** Element id of last year's section on its page (`s5`), or null when last year's report has no such section. */
  previousAnchor: string | null;
  /**
   * `changed`: rows to show; `same`: every sentence as last year; `new`: no sentence of last year's
   * section kept; `absent`: last year's report has no such section to compare with.
   */
  kind: 'changed' | 'same' | 'new' | 'absent';
  rows: DiffRow[];
  counts: Record<DiffKind, number>;
}

function problemsText(data: Pick<ReportEntryData, 'sections'>): { index: number; text: string } | null {
  const index = data.sections.findIndex((s) => s.key === 'problems');
  const section = data.sections[index];
  return section ? { index, text: blocksText(section.blocks) } : null;
}

/** Runs of kept sentences collapsed into their count. */
function collapse(items: ReturnType<typeof sentenceDiff>): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const item of items) {
    const last = rows.at(-1);
    if (item.kind !== 'kept') rows.push({ kind: item.kind, text: item.text });
    else if (last?.kind === 'kept') last.count++;
    else rows.push({ kind: 'kept', count: 1 });
  }
  return rows;
}

/** The diff for a report page, or null when there is nothing to compare (no report of exactly the year before, no such section this year). */
export function problemsDiff(current: ReportEntryData, previous: ReportEntryData | null | undefined): ProblemsDiff | null {
  if (!previous || current.year === null || previous.year !== current.year - 1) return null;
  const now = problemsText(current);
  const after = now ? splitSentences(now.text) : [];
  if (after.length === 0) return null;
  const before = problemsText(previous);
  const base = { previousYear: previous.year, previousAnchor: before ? `s${before.index + 1}` : null };
  const empty = { kept: 0, added: after.length, removed: 0 };
  if (!before) return { ...base, kind: 'absent', rows: [], counts: empty };
  const items = sentenceDiff(splitSentences(before.text), after);
  const counts = { kept: 0, added: 0, removed: 0 };
  for (const item of items) counts[item.kind]++;
  const kind = counts.kept === 0 ? 'new' : counts.added === 0 && counts.removed === 0 ? 'same' : 'changed';
  return { ...base, kind, rows: kind === 'changed' ? collapse(items) : [], counts };
}
